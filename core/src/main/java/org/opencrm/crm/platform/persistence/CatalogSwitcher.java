package org.opencrm.crm.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Points every connection the tenant persistence unit acquires at the schema of the entity
 * manager's tenant. With exclusive connections, EclipseLink raises this event once per entity
 * manager with the client session, which carries the tenant property; a pooled connection that last
 * served another tenant is switched here before any statement runs, and made read-only when the
 * tenant is.
 */
public class CatalogSwitcher extends SessionEventAdapter {

  /**
   * Entity manager property: true while the tenant is read-only (being moved to another database
   * server). Its transactions are then read-only in the database, so no write path, present or
   * future, can change data that is being copied.
   */
  public static final String READ_ONLY = "crm.tenant.read-only";

  @Override
  public void postAcquireExclusiveConnection(SessionEvent event) {
    Object schema =
        event.getSession().getProperty(EntityManagerProperties.MULTITENANT_SCHEMA_PROPERTY_DEFAULT);
    if (schema == null) {
      throw new IllegalStateException("A tenant entity manager was opened without a tenant");
    }
    Connection connection = (Connection) ((Accessor) event.getResult()).getDatasourceConnection();
    try {
      if (!schema.equals(connection.getCatalog())) {
        connection.setCatalog(schema.toString());
      }
      if (Boolean.TRUE.equals(event.getSession().getProperty(READ_ONLY))
          && !connection.getAutoCommit()) {
        // Inside a transaction (the only place JPA writes): the database itself refuses every
        // write of this one. It ends with the transaction, so the pooled connection carries no
        // read-only state to its next user (which setReadOnly, refused in managed transactions,
        // would).
        try (Statement statement = connection.createStatement()) {
          statement.execute("START TRANSACTION READ ONLY");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot switch the connection to schema " + schema, e);
    }
  }
}
