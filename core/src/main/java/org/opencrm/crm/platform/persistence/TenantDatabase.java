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
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.opencrm.crm.platform.dbserver.DatabaseServers;
import org.opencrm.crm.platform.tenant.TenantContext;
import org.opencrm.crm.platform.tenant.TenantRef;

/**
 * The tenant entity manager of the current request (or of the background job's request context). It
 * is created on first use for the tenant in {@link TenantContext}, on the pool of the database
 * server its schema lives on (read-only while the tenant is being moved), joins the running
 * transaction on every call, and is closed when the request ends. Every repository of tenant data
 * goes through here, so no code can reach a schema other than its tenant's.
 */
@RequestScoped
public class TenantDatabase {

  @PersistenceUnit(unitName = "tenant")
  EntityManagerFactory factory;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject TenantContext tenantContext;

  @Inject DatabaseServers servers;

  private EntityManager entityManager;
  private String schema;

  /** The entity manager for the current tenant, joined to the active transaction if any. */
  public EntityManager em() {
    TenantRef tenant = tenantContext.require();
    String wanted = tenant.schemaName();
    if (entityManager == null) {
      Map<String, Object> properties = new HashMap<>();
      properties.put(EntityManagerProperties.MULTITENANT_SCHEMA_PROPERTY_DEFAULT, wanted);
      properties.put(CatalogSwitcher.READ_ONLY, tenant.readOnly());
      DataSource server = servers.transactional(tenant.dbServer());
      if (server != null) {
        // A tenant on an added database server: the same unit, that server's pool.
        properties.put(EntityManagerProperties.JTA_DATASOURCE, server);
      }
      entityManager = factory.createEntityManager(SynchronizationType.SYNCHRONIZED, properties);
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

  /**
   * Whether the current tenant's data is read-only now (being moved to another database server):
   * writes would be refused by the database, so bookkeeping writes (login history) are skipped.
   */
  public boolean readOnly() {
    return tenantContext.require().readOnly();
  }

  @PreDestroy
  void close() {
    if (entityManager != null && entityManager.isOpen()) {
      entityManager.close();
    }
  }
}
