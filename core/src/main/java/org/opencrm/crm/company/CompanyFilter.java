package org.opencrm.crm.company;

import java.io.Serializable;
import java.util.List;
import org.opencrm.crm.platform.customfield.CustomCondition;
import org.opencrm.crm.platform.customfield.CustomFiltered;
import org.opencrm.crm.reference.ClassificationFilter;

/**
 * Filters of the company list, all optional: a name prefix, an INN (or its first digits), a phone
 * in any format or its last digits, an e-mail prefix, the responsible user, classification and
 * custom fields.
 */
public record CompanyFilter(
    String name,
    String inn,
    String phone,
    String email,
    Long ownerId,
    ClassificationFilter classified,
    Long activityId,
    List<CustomCondition> custom)
    implements Serializable, CustomFiltered {

  /** A filter on no custom field. */
  public CompanyFilter(
      String name,
      String inn,
      String phone,
      String email,
      Long ownerId,
      ClassificationFilter classified,
      Long activityId) {
    this(name, inn, phone, email, ownerId, classified, activityId, List.of());
  }

  /** A filter on no classification. */
  public CompanyFilter(String name, String inn, String phone, String email, Long ownerId) {
    this(name, inn, phone, email, ownerId, ClassificationFilter.NONE, null);
  }

  public static final CompanyFilter NONE = new CompanyFilter(null, null, null, null, null);

  /** The filter of a search box: one term, read as an e-mail, an INN, a phone or a name. */
  public static CompanyFilter quick(String term) {
    String t = term == null ? "" : term.strip();
    if (t.contains("@")) {
      return new CompanyFilter(null, null, null, t, null);
    }
    String digits = t.replaceAll("[\\s\\-]", "");
    if (digits.matches("\\d{10}|\\d{12}")) {
      return new CompanyFilter(null, digits, null, null, null);
    }
    if (!t.isEmpty() && t.matches("[+\\d\\s().\\-]+")) {
      return new CompanyFilter(null, null, t, null, null);
    }
    return new CompanyFilter(t, null, null, null, null);
  }
}
