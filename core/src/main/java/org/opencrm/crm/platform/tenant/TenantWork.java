package org.opencrm.crm.platform.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.opencrm.crm.platform.security.CurrentActor;
import org.opencrm.crm.platform.security.CurrentUser;

/**
 * Runs background work (jobs, provisioning, seeding) in one tenant, named explicitly: a fresh
 * request context holds the tenant and the acting user for the duration of the work. Call it from a
 * thread that is not serving a request.
 */
@ApplicationScoped
public class TenantWork {

  @Inject TenantContext tenantContext;
  @Inject CurrentActor actor;

  /**
   * Runs the work in the tenant.
   *
   * @param user the user the work acts as, or {@code null} for the system
   */
  @ActivateRequestContext
  public <T> T inTenant(TenantRef tenant, CurrentUser user, Supplier<T> work) {
    tenantContext.set(tenant);
    if (user != null) {
      actor.actAs(user);
    }
    return work.get();
  }
}
