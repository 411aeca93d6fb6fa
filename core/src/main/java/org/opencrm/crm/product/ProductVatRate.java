package org.opencrm.crm.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A product's VAT rate from a date on; without a date, from the start. */
@Entity
@Table(name = "product_vat_rate")
public class ProductVatRate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "product_id")
  private Product product;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private VatRate rate;

  @Column(name = "applies_from")
  private LocalDate appliesFrom;

  protected ProductVatRate() {}

  ProductVatRate(Product product, VatRate rate, LocalDate appliesFrom) {
    this.product = product;
    this.rate = rate;
    this.appliesFrom = appliesFrom;
  }

  void change(VatRate rate, LocalDate appliesFrom) {
    this.rate = rate;
    this.appliesFrom = appliesFrom;
  }

  public Long getId() {
    return id;
  }

  public VatRate getRate() {
    return rate;
  }

  /** The first day the rate applies; null when it applies from the start. */
  public LocalDate getAppliesFrom() {
    return appliesFrom;
  }
}
