package org.opencrm.crm.admin.tenant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.opencrm.crm.admin.startup.UsageMeasurement;
import org.opencrm.crm.admin.web.Console;
import org.opencrm.crm.platform.tenant.Tenant;
import org.opencrm.crm.platform.tenant.TenantProvisioning;
import org.opencrm.crm.platform.tenant.TenantRegistry;
import org.opencrm.crm.platform.tenant.TenantStatus;
import org.opencrm.crm.platform.usage.TenantUsage;
import org.opencrm.crm.platform.usage.UsageMeter;

/**
 * All tenants with their usage (from the last background measurement), searched by slug or name and
 * filtered by status.
 */
@Named
@ViewScoped
public class TenantList implements Serializable {

  private static final long serialVersionUID = 1L;

  /** At most this many rows are shown; the search narrows them. */
  public static final int MAX_ROWS = 500;

  @Inject TenantRegistry registry;
  @Inject UsageMeter meter;
  @Inject UsageMeasurement measurement;
  @Inject TenantProvisioning provisioning;
  @Inject Console console;

  private String query = "";
  private TenantStatus status;
  private transient List<Tenant> tenants;
  private transient Map<Long, TenantUsage> usage;

  public List<Tenant> getTenants() {
    if (tenants == null) {
      tenants = registry.search(query, status, MAX_ROWS + 1);
    }
    return tenants.size() > MAX_ROWS ? tenants.subList(0, MAX_ROWS) : tenants;
  }

  public boolean isTruncated() {
    getTenants();
    return tenants.size() > MAX_ROWS;
  }

  /** The tenant's last measured usage, or null when never measured. */
  public TenantUsage usage(Tenant tenant) {
    if (usage == null) {
      usage = meter.latest();
    }
    return usage.get(tenant.getId());
  }

  /** Whether the tenant's schema is at this application's version. */
  public boolean current(Tenant tenant) {
    return provisioning.currentSchemaVersion().equals(tenant.getSchemaVersion());
  }

  public void search() {
    tenants = null;
  }

  public void measureNow() {
    Integer measured =
        console.act("MEASURE_USAGE", null, null, null, null, () -> measurement.measureAll());
    if (measured != null) {
      usage = null;
      console.message(
          null,
          jakarta.faces.application.FacesMessage.SEVERITY_INFO,
          "admin.usage.measured",
          measured);
    }
  }

  public TenantStatus[] getStatuses() {
    return TenantStatus.values();
  }

  /** Whether a search or a status narrows the list (an empty list then means "no matches"). */
  public boolean isFiltered() {
    return (query != null && !query.isBlank()) || status != null;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query == null ? "" : query;
  }

  public TenantStatus getStatus() {
    return status;
  }

  public void setStatus(TenantStatus status) {
    this.status = status;
  }
}
