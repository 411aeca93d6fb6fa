package org.opencrm.crm.web.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opencrm.crm.platform.security.CurrentActor;
import org.opencrm.crm.platform.security.CurrentUser;
import org.opencrm.crm.platform.tenant.TenantContext;

/** The tenant and user shown in the top bar. */
@Named
@RequestScoped
public class Shell {

  @Inject TenantContext tenant;
  @Inject CurrentActor actor;

  public String getTenantName() {
    return tenant.isSet() ? tenant.require().displayName() : "CRM";
  }

  public String getUserName() {
    return actor.user().map(CurrentUser::fullName).orElse("");
  }
}
