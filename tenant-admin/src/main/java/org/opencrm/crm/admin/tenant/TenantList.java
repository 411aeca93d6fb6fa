package org.opencrm.crm.admin.tenant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.opencrm.crm.platform.tenant.Tenant;
import org.opencrm.crm.platform.tenant.TenantRegistry;

/** The list of all tenants, read from the control schema. */
@Named
@RequestScoped
public class TenantList {

  private static final DateTimeFormatter DATES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject TenantRegistry registry;

  private List<Tenant> tenants;

  public List<Tenant> getTenants() {
    if (tenants == null) {
      tenants = registry.list();
    }
    return tenants;
  }

  public String created(Tenant tenant) {
    return DATES.format(tenant.getCreatedAt());
  }
}
