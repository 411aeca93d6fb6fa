package org.opencrm.crm.platform.migration;

/** A schema could not be created or brought up to date; the message says which and why. */
public class MigrationException extends RuntimeException {

  public MigrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
