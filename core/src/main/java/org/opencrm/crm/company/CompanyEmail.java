package org.opencrm.crm.company;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.opencrm.crm.platform.channel.ChannelChecks;
import org.opencrm.crm.platform.channel.StoredEmail;

/** A company's e-mail address. */
@Entity
@Table(name = "company_email")
public class CompanyEmail extends StoredEmail {

  @ManyToOne(optional = false)
  @JoinColumn(name = "company_id")
  private Company company;

  protected CompanyEmail() {}

  CompanyEmail(Company company, int position, ChannelChecks.CleanEmail email) {
    super(position, email);
    this.company = company;
  }

  /** The company this belongs to. */
  public Company owner() {
    return company;
  }
}
