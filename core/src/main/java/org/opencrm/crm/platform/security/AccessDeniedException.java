package org.opencrm.crm.platform.security;

/** The current user may not do this; shown to users as "not found" or "not allowed". */
public class AccessDeniedException extends RuntimeException {

  public AccessDeniedException(String message) {
    super(message);
  }
}
