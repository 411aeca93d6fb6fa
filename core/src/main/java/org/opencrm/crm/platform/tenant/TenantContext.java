package org.opencrm.crm.platform.tenant;

import jakarta.enterprise.context.RequestScoped;

/**
 * The tenant the current request or background job works in. Set once by the request filter (from
 * the host or the logged-in session) or by the job runner; never changed afterwards.
 */
@RequestScoped
public class TenantContext {

  private TenantRef tenant;

  public void set(TenantRef tenant) {
    if (this.tenant != null && !this.tenant.id().equals(tenant.id())) {
      throw new IllegalStateException("The tenant of a request cannot change");
    }
    this.tenant = tenant;
  }

  public boolean isSet() {
    return tenant != null;
  }

  public TenantRef require() {
    if (tenant == null) {
      throw new IllegalStateException("No tenant in this context");
    }
    return tenant;
  }
}
