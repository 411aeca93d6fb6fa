package org.opencrm.crm.product;

import java.io.Serializable;
import java.time.LocalDate;

/** One VAT line of a product being edited: a rate and the day it applies from (empty: always). */
public class VatRateLine implements Serializable {

  private static final long serialVersionUID = 1L;

  private VatRate rate;
  private LocalDate appliesFrom;

  public VatRateLine() {}

  public VatRateLine(VatRate rate, LocalDate appliesFrom) {
    this.rate = rate;
    this.appliesFrom = appliesFrom;
  }

  public VatRate getRate() {
    return rate;
  }

  public void setRate(VatRate rate) {
    this.rate = rate;
  }

  public LocalDate getAppliesFrom() {
    return appliesFrom;
  }

  public void setAppliesFrom(LocalDate appliesFrom) {
    this.appliesFrom = appliesFrom;
  }
}
