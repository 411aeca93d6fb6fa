package org.opencrm.crm.platform.importing;

/** What an import does with a row that looks like an existing record (same phone, e-mail, INN). */
public enum DuplicatePolicy {
  /** Leaves the existing record alone and counts the row as skipped. */
  SKIP,
  /** Writes the row's filled-in values into the existing record (if the user may change it). */
  UPDATE,
  /** Creates a new record anyway. */
  CREATE
}
