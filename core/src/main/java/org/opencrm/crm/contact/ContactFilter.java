package org.opencrm.crm.contact;

import java.io.Serializable;
import java.util.List;
import org.opencrm.crm.platform.channel.PhoneKind;
import org.opencrm.crm.platform.customfield.CustomCondition;
import org.opencrm.crm.platform.customfield.CustomFiltered;
import org.opencrm.crm.reference.ClassificationFilter;

/**
 * Filters of the contact list, all optional: a name (a last-name prefix, or two words read as "last
 * first" or "first last"), a phone in any format or its last digits (of one kind, or of any when
 * the kind is null), an e-mail prefix, the responsible user, classification and custom fields.
 */
public record ContactFilter(
    String name,
    String phone,
    PhoneKind phoneKind,
    String email,
    Long ownerId,
    ClassificationFilter classified,
    List<CustomCondition> custom)
    implements Serializable, CustomFiltered {

  /** A filter on no custom field. */
  public ContactFilter(
      String name,
      String phone,
      PhoneKind phoneKind,
      String email,
      Long ownerId,
      ClassificationFilter classified) {
    this(name, phone, phoneKind, email, ownerId, classified, List.of());
  }

  /** A filter whose phone, if any, may be of any kind, on no classification. */
  public ContactFilter(String name, String phone, String email, Long ownerId) {
    this(name, phone, null, email, ownerId, ClassificationFilter.NONE);
  }

  /** A filter on no classification. */
  public ContactFilter(String name, String phone, PhoneKind phoneKind, String email, Long ownerId) {
    this(name, phone, phoneKind, email, ownerId, ClassificationFilter.NONE);
  }

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
