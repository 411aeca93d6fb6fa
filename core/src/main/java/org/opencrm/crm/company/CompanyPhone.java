package org.opencrm.crm.company;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.opencrm.crm.platform.channel.ChannelChecks;
import org.opencrm.crm.platform.channel.StoredPhone;

/** A company's phone. */
@Entity
@Table(name = "company_phone")
public class CompanyPhone extends StoredPhone {

  @ManyToOne(optional = false)
  @JoinColumn(name = "company_id")
  private Company company;

  protected CompanyPhone() {}

  CompanyPhone(Company company, int position, ChannelChecks.CleanPhone phone) {
    super(position, phone);
    this.company = company;
  }

  /** The company this belongs to. */
  public Company owner() {
    return company;
  }
}
