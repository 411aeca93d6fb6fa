package org.opencrm.crm.web.security;

import jakarta.security.enterprise.CallerPrincipal;
import org.opencrm.crm.platform.security.CurrentUser;

/** The container's view of a logged-in tenant user. */
public class TenantUserPrincipal extends CallerPrincipal {

  private final CurrentUser user;

  public TenantUserPrincipal(CurrentUser user) {
    super(user.tenantSlug() + "/" + user.email());
    this.user = user;
  }

  public CurrentUser user() {
    return user;
  }
}
