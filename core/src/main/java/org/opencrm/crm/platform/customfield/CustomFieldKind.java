package org.opencrm.crm.platform.customfield;

/** What a custom field holds, and so how it is entered, shown, filtered and stored. */
public enum CustomFieldKind {
  /** Free text, up to {@link CustomValueChecks#MAX_TEXT} characters. */
  TEXT,
  /** A number, stored with four decimals. */
  NUMBER,
  /** An amount of money in the tenant's currency, two decimals. */
  MONEY,
  /** A calendar day. */
  DATE,
  /** One value of the field's own list. */
  LIST,
  /** Any number of values of the field's own list. */
  MULTI_LIST,
  /** Yes or no; "no" is stored as nothing. */
  CHECKBOX,
  /** A link to a record of another entity (a contact, a company…). */
  LINK;

  /** Whether the field has its own list of values. */
  public boolean hasOptions() {
    return this == LIST || this == MULTI_LIST;
  }

  /** Whether values are numbers (filtered by ranges). */
  public boolean numeric() {
    return this == NUMBER || this == MONEY;
  }
}
