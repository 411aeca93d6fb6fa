package org.opencrm.crm.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Points every connection the tenant persistence unit acquires at the schema of the entity
 * manager's tenant. With exclusive connections, EclipseLink raises this event once per entity
 * manager with the client session, which carries the tenant property; a pooled connection that last
 * served another tenant is switched here before any statement runs.
 */
public class CatalogSwitcher extends SessionEventAdapter {

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
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot switch the connection to schema " + schema, e);
    }
  }
}
