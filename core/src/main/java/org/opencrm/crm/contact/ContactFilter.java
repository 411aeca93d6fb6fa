package org.opencrm.crm.contact;

import java.io.Serializable;

/**
 * Filters of the contact list, all optional: a name (a last-name prefix, or two words read as "last
 * first" or "first last"), a phone in any format or its last digits, an e-mail prefix, the
 * responsible user.
 */
public record ContactFilter(String name, String phone, String email, Long ownerId)
    implements Serializable {

  public static final ContactFilter NONE = new ContactFilter(null, null, null, null);

  /** The filter of the global search box: one term, read as a phone, an e-mail or a name. */
  public static ContactFilter quick(String term) {
    String t = term == null ? "" : term.strip();
    if (t.contains("@")) {
      return new ContactFilter(null, null, t, null);
    }
    if (!t.isEmpty() && t.matches("[+\\d\\s().\\-]+")) {
      return new ContactFilter(null, t, null, null);
    }
    return new ContactFilter(t, null, null, null);
  }
}
