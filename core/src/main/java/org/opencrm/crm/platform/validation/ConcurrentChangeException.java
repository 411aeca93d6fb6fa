package org.opencrm.crm.platform.validation;

/**
 * The record was changed by someone else since it was opened; nothing was written. Says who made
 * the change when the history knows.
 */
public class ConcurrentChangeException extends RuntimeException {

  private final String changedBy;

  public ConcurrentChangeException(String message, String changedBy) {
    super(message);
    this.changedBy = changedBy;
  }

  /** The name of whoever changed the record meanwhile, or {@code null} when unknown. */
  public String changedBy() {
    return changedBy;
  }
}
