package org.opencrm.crm.platform.persistence;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.SynchronizationType;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.opencrm.crm.platform.tenant.TenantContext;

/**
 * The tenant entity manager of the current request (or of the background job's request context). It
 * is created on first use for the tenant in {@link TenantContext}, joins the running transaction on
 * every call, and is closed when the request ends. Every repository of tenant data goes through
 * here, so no code can reach a schema other than its tenant's.
 */
@RequestScoped
public class TenantDatabase {

  @PersistenceUnit(unitName = "tenant")
  EntityManagerFactory factory;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject TenantContext tenantContext;

  private EntityManager entityManager;
  private String schema;

  /** The entity manager for the current tenant, joined to the active transaction if any. */
  public EntityManager em() {
    String wanted = tenantContext.require().schemaName();
    if (entityManager == null) {
      entityManager =
          factory.createEntityManager(
              SynchronizationType.SYNCHRONIZED,
              Map.of(EntityManagerProperties.MULTITENANT_SCHEMA_PROPERTY_DEFAULT, wanted));
      schema = wanted;
    } else if (!wanted.equals(schema)) {
      throw new IllegalStateException("One request cannot work in two tenants");
    }
    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE
        && !entityManager.isJoinedToTransaction()) {
      entityManager.joinTransaction();
    }
    return entityManager;
  }

  @PreDestroy
  void close() {
    if (entityManager != null && entityManager.isOpen()) {
      entityManager.close();
    }
  }
}
