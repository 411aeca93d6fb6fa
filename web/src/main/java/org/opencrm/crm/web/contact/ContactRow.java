package org.opencrm.crm.web.contact;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import org.opencrm.crm.contact.Contact;
import org.opencrm.crm.platform.phone.PhoneNumbers;

/** What a list row shows of a contact; detached from the database. */
public record ContactRow(
    Long id, String name, String phone, String email, String owner, Instant createdAt)
    implements Serializable {

  public static ContactRow of(Contact c, Locale locale) {
    return new ContactRow(
        c.getId(),
        c.getDisplayName(),
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
