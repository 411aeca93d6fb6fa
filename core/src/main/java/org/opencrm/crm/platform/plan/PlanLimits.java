package org.opencrm.crm.platform.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.tenant.TenantContext;

/**
 * Checks the current tenant's plan before a write that grows it. Counting stops at the limit, so a
 * check costs at most as many index entries as the plan allows, and nothing without a limit.
 */
@RequestScoped
public class PlanLimits {

  @Inject TenantPlan plans;
  @Inject TenantContext tenantContext;
  @Inject TenantDatabase db;
  @Inject org.opencrm.crm.platform.usage.UsageMeter usage;

  /** Before adding an active user. */
  public void checkUserCanBeAdded() {
    TenantPlan.Limits plan = plans.of(tenantContext.require().id());
    if (plan.maxUsers() != null
        && count("SELECT 1 FROM user_account WHERE active = TRUE", plan.maxUsers())
            >= plan.maxUsers()) {
      throw new PlanLimitException("limit.users", plan.maxUsers(), plan.planName());
    }
  }

  /** Before adding records (contacts now; every entity later). */
  public void checkRecordsCanBeAdded(int howMany) {
    TenantPlan.Limits plan = plans.of(tenantContext.require().id());
    checkStorage(plan);
    if (plan.maxRecords() != null
        && count("SELECT 1 FROM contact WHERE deleted_at IS NULL", plan.maxRecords()) + howMany
            > plan.maxRecords()) {
      throw new PlanLimitException("limit.records", plan.maxRecords(), plan.planName());
    }
  }

  /**
   * Before storing a file of that size: the data (as last measured) and every file attached to
   * records must leave room for it.
   */
  public void checkFileCanBeStored(long bytes) {
    TenantPlan.Limits plan = plans.of(tenantContext.require().id());
    if (plan.maxStorageMb() == null) {
      return;
    }
    long used = usage.storageBytes(tenantContext.require().id());
    Number files =
        (Number)
            db.em()
                .createNativeQuery("SELECT COALESCE(SUM(size), 0) FROM record_file")
                .getSingleResult();
    if (used + files.longValue() + bytes > plan.maxStorageMb() * 1024L * 1024L) {
      throw new PlanLimitException("limit.storage", plan.maxStorageMb(), plan.planName());
    }
  }

  /**
   * How many records may still be added (after the storage check), for a job that adds many and
   * counts them itself; {@link Long#MAX_VALUE} without a limit.
   */
  public long recordsRoom() {
    TenantPlan.Limits plan = plans.of(tenantContext.require().id());
    checkStorage(plan);
    if (plan.maxRecords() == null) {
      return Long.MAX_VALUE;
    }
    long used = count("SELECT 1 FROM contact WHERE deleted_at IS NULL", plan.maxRecords());
    return Math.max(0, plan.maxRecords() - used);
  }

  /** The refusal of adding records beyond the plan. */
  public PlanLimitException recordsRefusal() {
    TenantPlan.Limits plan = plans.of(tenantContext.require().id());
    return new PlanLimitException("limit.records", plan.maxRecords(), plan.planName());
  }

  /** Storage is read from the latest usage measurement, not measured on every write. */
  private void checkStorage(TenantPlan.Limits plan) {
    if (plan.maxStorageMb() == null) {
      return;
    }
    long used = usage.storageBytes(tenantContext.require().id());
    if (used >= plan.maxStorageMb() * 1024L * 1024L) {
      throw new PlanLimitException("limit.storage", plan.maxStorageMb(), plan.planName());
    }
  }

  private long count(String rowsSql, long limit) {
    List<?> result =
        db.em()
            .createNativeQuery(
                "SELECT COUNT(*) FROM (" + rowsSql + " LIMIT " + (limit + 1) + ") counted")
            .getResultList();
    return ((Number) result.get(0)).longValue();
  }
}
