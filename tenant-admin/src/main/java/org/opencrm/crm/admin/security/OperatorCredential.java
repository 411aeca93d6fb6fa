package org.opencrm.crm.admin.security;

import jakarta.security.enterprise.credential.Credential;

/** An operator's login and password from the console's login form. */
public record OperatorCredential(String login, String password) implements Credential {}
