package org.opencrm.crm.platform.validation;

/** The record was changed by someone else since it was opened; nothing was written. */
public class ConcurrentChangeException extends RuntimeException {

  public ConcurrentChangeException(String message) {
    super(message);
  }
}
