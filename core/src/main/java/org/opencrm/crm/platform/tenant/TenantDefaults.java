package org.opencrm.crm.platform.tenant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.security.Department;
import org.opencrm.crm.platform.security.PasswordHasher;
import org.opencrm.crm.platform.security.Role;
import org.opencrm.crm.platform.security.UserAccount;
import org.opencrm.crm.platform.settings.TenantSettings;

/**
 * The per-tenant part of creating a tenant, after its changelog ran: regional settings, the root
 * department's name and the first administrator. Safe to run again after a failure.
 */
@RequestScoped
public class TenantDefaults {

  @Inject TenantDatabase db;

  @Transactional
  public void apply(NewTenant spec) {
    var em = db.em();
    TenantSettings settings = em.find(TenantSettings.class, TenantSettings.ROW_ID);
    settings.change(spec.phoneRegion(), spec.currency(), spec.timeZone(), "ru");
    Department root = em.find(Department.class, 1L);
    root.rename(spec.displayName());
    boolean adminExists =
        !em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
            .setParameter("email", UserAccount.normalizeEmail(spec.adminEmail()))
            .getResultList()
            .isEmpty();
    if (!adminExists) {
      Role admin =
          em.createNamedQuery("Role.findByCode", Role.class)
              .setParameter("code", Role.ADMIN)
              .getSingleResult();
      em.persist(
          new UserAccount(
              spec.adminEmail(),
              spec.adminName(),
              PasswordHasher.hash(spec.adminPassword()),
              admin,
              root));
    }
  }
}
