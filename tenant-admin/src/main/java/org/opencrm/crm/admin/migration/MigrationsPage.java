package org.opencrm.crm.admin.migration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opencrm.crm.admin.web.Console;
import org.opencrm.crm.platform.migration.MigrateAll;
import org.opencrm.crm.platform.tenant.Tenant;
import org.opencrm.crm.platform.tenant.TenantProvisioning;

/** Which tenants are behind, and "migrate all" with parallel workers, its progress and failures. */
@Named
@RequestScoped
public class MigrationsPage {

  @Inject MigrateAll migrateAll;
  @Inject TenantProvisioning provisioning;
  @Inject Console console;

  private int workers = MigrateAll.DEFAULT_WORKERS;
  private List<Tenant> behind;

  public List<Tenant> getBehind() {
    if (behind == null) {
      behind = migrateAll.behind();
    }
    return behind;
  }

  public MigrateAll.Progress getProgress() {
    return migrateAll.progress();
  }

  public boolean isRunning() {
    MigrateAll.Progress p = getProgress();
    return p != null && p.running();
  }

  public String getVersion() {
    return provisioning.currentSchemaVersion();
  }

  public void start() {
    int n = Math.max(1, Math.min(workers, 16));
    console.act(
        "MIGRATE_ALL",
        null,
        null,
        getBehind().size() + " behind, " + n + " workers",
        "migrate",
        () -> migrateAll.start(n));
    behind = null;
  }

  public int getWorkers() {
    return workers;
  }

  public void setWorkers(int workers) {
    this.workers = workers;
  }
}
