package org.opencrm.crm.contact;

/** Orders of the contact list; each is backed by an index and ends with the id for paging. */
public enum ContactSort {
  NAME_ASC,
  NAME_DESC,
  CREATED_ASC,
  CREATED_DESC;

  public boolean descending() {
    return this == NAME_DESC || this == CREATED_DESC;
  }

  public boolean byName() {
    return this == NAME_ASC || this == NAME_DESC;
  }
}
