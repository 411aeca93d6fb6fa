package org.opencrm.crm.web.company;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import org.opencrm.crm.company.Company;
import org.opencrm.crm.platform.phone.PhoneNumbers;

/** What a list row shows of a company; detached from the database. */
public record CompanyRow(
    Long id, String name, String inn, String phone, String email, String owner, Instant createdAt)
    implements Serializable {

  public static CompanyRow of(Company c, Locale locale) {
    return new CompanyRow(
        c.getId(),
        c.getName(),
        c.getInn(),
        c.getPhones().isEmpty()
            ? ""
            : PhoneNumbers.display(
                c.getPhones().get(0).getE164(), c.getPhones().get(0).getExtension(), locale),
        c.getMainEmail(),
        c.getOwner().getFullName(),
        c.getCreatedAt());
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getInn() {
    return inn;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public String getOwner() {
    return owner;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
