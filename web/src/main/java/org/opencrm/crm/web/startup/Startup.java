package org.opencrm.crm.web.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencrm.crm.demo.DemoData;
import org.opencrm.crm.platform.migration.ControlSchema;
import org.opencrm.crm.platform.tenant.TenantProvisioning;

/**
 * Brings the control schema up to date before the application serves anything (one changelog,
 * fast), then migrates tenants that are behind and seeds demo data in the background, so a large
 * installation never runs into the deployment timeout.
 */
@Singleton
@jakarta.ejb.Startup
public class Startup {

  private static final Logger LOG = Logger.getLogger(Startup.class.getName());

  @Inject ControlSchema controlSchema;
  @Inject TenantProvisioning provisioning;
  @Inject DemoData demoData;

  @Resource ManagedExecutorService executor;

  @PostConstruct
  void start() {
    controlSchema.ensureCurrent();
    boolean seed = DemoData.enabled();
    if (seed) {
      demoData.markPending();
    }
    executor.submit(
        () -> {
          try {
            long start = System.currentTimeMillis();
            int migrated = provisioning.migrateAllBehind();
            LOG.info(
                () ->
                    "Tenant schemas checked: "
                        + migrated
                        + " migrated in "
                        + (System.currentTimeMillis() - start)
                        + " ms");
          } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Tenant migrations failed", e);
          }
          if (seed) {
            demoData.seed();
          }
        });
  }
}
