package org.opencrm.crm.web.startup;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencrm.crm.contact.ContactService;
import org.opencrm.crm.platform.tenant.Tenant;
import org.opencrm.crm.platform.tenant.TenantRegistry;
import org.opencrm.crm.platform.tenant.TenantStatus;
import org.opencrm.crm.platform.tenant.TenantWork;

/**
 * Every night, removes for good the contacts, companies and products that have been in each
 * tenant's trash longer than the retention. Running on several nodes at once is harmless: the
 * deletion is idempotent.
 */
@Singleton
public class TrashPurge {

  private static final Logger LOG = Logger.getLogger(TrashPurge.class.getName());

  @Inject TenantRegistry registry;
  @Inject TenantWork work;
  @Inject ContactService contacts;
  @Inject org.opencrm.crm.company.CompanyService companies;
  @Inject org.opencrm.crm.product.ProductService products;

  @Schedule(hour = "3", minute = "17", persistent = false)
  void purge() {
    for (Tenant tenant : registry.list()) {
      if (tenant.getStatus() != TenantStatus.ACTIVE) {
        continue;
      }
      try {
        int removed = work.inTenant(tenant.ref(), null, contacts::purgeTrash);
        int companiesRemoved = work.inTenant(tenant.ref(), null, companies::purgeTrash);
        int productsRemoved = work.inTenant(tenant.ref(), null, products::purgeTrash);
        if (removed + companiesRemoved + productsRemoved > 0) {
          LOG.info(
              () ->
                  "Trash of "
                      + tenant.getSlug()
                      + ": "
                      + removed
                      + " contacts, "
                      + companiesRemoved
                      + " companies and "
                      + productsRemoved
                      + " products removed");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Trash purge of " + tenant.getSlug() + " failed", e);
      }
    }
  }
}
