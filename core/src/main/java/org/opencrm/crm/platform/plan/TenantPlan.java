package org.opencrm.crm.platform.plan;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.opencrm.crm.platform.persistence.DatabaseNames;

/**
 * Reads a tenant's plan limits. It runs on the non-JTA datasource on purpose: the checks happen
 * inside a tenant's transaction, which must not take in a second (control) database resource.
 */
@ApplicationScoped
public class TenantPlan {

  /** The limits that apply to one tenant; null means no limit. */
  public record Limits(
      String planName,
      int apiRequestsPerMinute,
      Integer maxUsers,
      Long maxRecords,
      Integer maxStorageMb,
      String allowedPlugins) {}

  @Resource(lookup = "java:jboss/datasources/CrmMigrationDS")
  DataSource db;

  public Limits of(Long tenantId) {
    String control = "`" + DatabaseNames.controlSchema() + "`";
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT p.name, p.api_requests_per_minute, p.max_users, p.max_records,"
                    + " p.max_storage_mb, p.allowed_plugins FROM "
                    + control
                    + ".tenant t JOIN "
                    + control
                    + ".plan p ON p.code = t.plan_code WHERE t.id = ?")) {
      s.setLong(1, tenantId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new IllegalStateException("No plan for tenant " + tenantId);
        }
        return new Limits(
            r.getString(1),
            r.getInt(2),
            (Integer) r.getObject(3, Integer.class),
            (Long) r.getObject(4, Long.class),
            (Integer) r.getObject(5, Integer.class),
            r.getString(6));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the plan of tenant " + tenantId, e);
    }
  }
}
