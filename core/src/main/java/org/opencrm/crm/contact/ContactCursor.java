package org.opencrm.crm.contact;

import java.io.Serializable;
import java.time.Instant;

/** The position just after a row, in the columns every contact order sorts by. */
public record ContactCursor(String lastName, String firstName, Instant createdAt, Long id)
    implements Serializable {

  public static ContactCursor after(Contact c) {
    return new ContactCursor(c.getLastName(), c.getFirstName(), c.getCreatedAt(), c.getId());
  }
}
