package org.opencrm.crm.web.security;

/** Names of the HTTP session attributes the application keeps. */
public final class SessionKeys {

  /** The logged-in {@link org.opencrm.crm.platform.security.CurrentUser}. */
  public static final String USER = "crm.user";

  /** The address a logged-out user asked for, to return to after login. */
  public static final String AFTER_LOGIN = "crm.afterLogin";

  private SessionKeys() {}
}
