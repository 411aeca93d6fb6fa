package org.opencrm.crm.web.security;

import jakarta.security.enterprise.credential.Credential;

/** What a login form submits: the company, the user's e-mail and the password. */
public record TenantCredential(String tenantSlug, String email, String password)
    implements Credential {}
