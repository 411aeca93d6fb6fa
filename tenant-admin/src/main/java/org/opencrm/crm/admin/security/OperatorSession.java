package org.opencrm.crm.admin.security;

import java.io.Serializable;

/** The logged-in operator, as the session remembers it. */
public record OperatorSession(Long id, String login, String displayName, String role)
    implements Serializable {

  public static final String KEY = "crm.operator";
}
