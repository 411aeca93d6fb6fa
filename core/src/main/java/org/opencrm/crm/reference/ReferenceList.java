package org.opencrm.crm.reference;

import java.util.Arrays;
import java.util.Optional;

/** The lists a tenant edits, each with its key in the database and whether it has colours. */
public enum ReferenceList {
  CONTACT_TYPE("contact-type", false),
  CONTACT_STATUS("contact-status", true),
  CONTACT_CATEGORY("contact-category", false),
  COMPANY_TYPE("company-type", false),
  COMPANY_STATUS("company-status", true),
  COMPANY_CATEGORY("company-category", false),
  ACTIVITY("activity", false),
  SOURCE("source", false);

  private final String key;
  private final boolean colored;

  ReferenceList(String key, boolean colored) {
    this.key = key;
    this.colored = colored;
  }

  public String key() {
    return key;
  }

  /** Whether values carry a colour (statuses), shown as a badge. */
  public boolean colored() {
    return colored;
  }

  public static Optional<ReferenceList> byKey(String key) {
    return Arrays.stream(values()).filter(l -> l.key.equals(key)).findFirst();
  }
}
