package org.opencrm.crm.admin.startup;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.opencrm.crm.platform.tenant.Tenant;
import org.opencrm.crm.platform.tenant.TenantRegistry;
import org.opencrm.crm.platform.tenant.TenantStatus;
import org.opencrm.crm.platform.usage.UsageMeter;

/**
 * Measures every tenant's usage every ten minutes (and when an operator asks), so the console lists
 * hundreds of tenants from one table and plan limits read one row.
 */
@Singleton
public class UsageMeasurement {

  private static final Logger LOG = Logger.getLogger(UsageMeasurement.class.getName());

  @Inject TenantRegistry registry;
  @Inject UsageMeter meter;

  @Schedule(minute = "*/10", hour = "*", persistent = false)
  public void everyTenMinutes() {
    measureAll();
  }

  /** Measures every tenant that has a schema; returns how many were measured. */
  public int measureAll() {
    long start = System.currentTimeMillis();
    List<org.opencrm.crm.platform.tenant.TenantRef> tenants =
        registry.list().stream()
            .filter(
                t ->
                    t.getStatus() == TenantStatus.ACTIVE || t.getStatus() == TenantStatus.SUSPENDED)
            .map(Tenant::ref)
            .toList();
    int measured = meter.measure(tenants);
    LOG.info(
        () ->
            "Usage of "
                + measured
                + " tenant(s) measured in "
                + (System.currentTimeMillis() - start)
                + " ms");
    return measured;
  }
}
