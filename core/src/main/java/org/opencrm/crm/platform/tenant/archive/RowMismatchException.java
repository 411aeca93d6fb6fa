package org.opencrm.crm.platform.tenant.archive;

/** A row of an archive does not fit its table's columns; the message says how, for the log. */
class RowMismatchException extends RuntimeException {

  RowMismatchException(String message) {
    super(message);
  }
}
