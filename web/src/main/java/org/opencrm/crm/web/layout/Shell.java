package org.opencrm.crm.web.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.CurrentActor;
import org.opencrm.crm.platform.security.CurrentUser;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.settings.TenantSettingsService;
import org.opencrm.crm.platform.tenant.TenantContext;

/** The tenant and user shown in the top bar, and a notice while the tenant is read-only. */
@Named
@RequestScoped
public class Shell {

  @Inject TenantContext tenant;
  @Inject CurrentActor actor;
  @Inject AccessControl access;

  public String getTenantName() {
    return tenant.isSet() ? tenant.require().displayName() : "CRM";
  }

  /** Whether the user menu offers the company's settings. */
  public boolean isCanChangeSettings() {
    return actor.user().isPresent()
        && access.can(TenantSettingsService.ENTITY, PermissionAction.EDIT);
  }

  /** Whether the company's data is read-only now (being moved to another database server). */
  public boolean isReadOnly() {
    return tenant.isSet() && tenant.require().readOnly();
  }

  public String getUserName() {
    return actor.user().map(CurrentUser::fullName).orElse("");
  }
}
