package org.opencrm.crm.web.contact;

import java.io.Serializable;
import java.time.Instant;
import org.opencrm.crm.contact.Contact;

/** What a list row shows of a contact; detached from the database. */
public record ContactRow(
    Long id, String name, String phone, String email, String owner, Instant createdAt)
    implements Serializable {

  public static ContactRow of(Contact c) {
    return new ContactRow(
        c.getId(),
        c.getDisplayName(),
        c.getMainPhone(),
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
