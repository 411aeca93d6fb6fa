package org.opencrm.crm.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import org.opencrm.crm.platform.security.CurrentUser;
import org.opencrm.crm.platform.security.UserDirectory;
import org.opencrm.crm.platform.tenant.TenantContext;
import org.opencrm.crm.platform.tenant.TenantRef;
import org.opencrm.crm.platform.tenant.TenantRegistry;

/**
 * Checks a login against the users of the company it names. Only an active tenant can be logged
 * into; the check runs in that tenant's schema.
 */
@ApplicationScoped
public class TenantIdentityStore implements IdentityStore {

  @Inject TenantRegistry registry;
  @Inject TenantContext tenantContext;
  @Inject UserDirectory users;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof TenantCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Optional<TenantRef> tenant =
        registry.findBySlug(login.tenantSlug()).filter(t -> t.refusal() == null);
    if (tenant.isEmpty()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    tenantContext.set(tenant.get());
    Optional<CurrentUser> user = users.authenticate(login.email(), login.password());
    return user.map(
            u ->
                new CredentialValidationResult(
                    new TenantUserPrincipal(u), Set.of("user", u.roleCode())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
