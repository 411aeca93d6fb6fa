package org.opencrm.crm.platform.settings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.opencrm.crm.platform.persistence.TenantDatabase;

/** Reads the current tenant's settings, once per request. */
@RequestScoped
public class TenantSettingsService {

  @Inject TenantDatabase db;

  private TenantSettings settings;

  public TenantSettings current() {
    if (settings == null) {
      settings = db.em().find(TenantSettings.class, TenantSettings.ROW_ID);
      if (settings == null) {
        throw new IllegalStateException("The tenant has no settings row");
      }
    }
    return settings;
  }
}
