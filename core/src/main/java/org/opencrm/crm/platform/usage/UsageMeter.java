package org.opencrm.crm.platform.usage;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.opencrm.crm.platform.dbserver.DatabaseServers;
import org.opencrm.crm.platform.persistence.DatabaseNames;
import org.opencrm.crm.platform.tenant.TenantRef;

/**
 * Measures tenants' usage and keeps the last measurement in the control schema ({@code
 * tenant_usage}). Storage comes from one query over the server's table statistics for all schemas;
 * users, records and last activity from small counting queries per tenant. Runs on the non-JTA
 * datasource, outside any request.
 */
@ApplicationScoped
public class UsageMeter {

  private static final Logger LOG = Logger.getLogger(UsageMeter.class.getName());

  @Resource(lookup = "java:jboss/datasources/CrmMigrationDS")
  DataSource db;

  @Inject DatabaseServers servers;

  /** Measures the given tenants; returns how many were measured. One failing is logged, skipped. */
  public int measure(List<TenantRef> tenants) {
    Map<String, Map<String, Long>> storage = new HashMap<>();
    int measured = 0;
    for (TenantRef tenant : tenants) {
      try {
        long bytes =
            storage
                .computeIfAbsent(tenant.dbServer(), this::storageBySchema)
                .getOrDefault(tenant.schemaName(), 0L);
        save(measureOne(tenant, bytes));
        measured++;
      } catch (SQLException | RuntimeException e) {
        LOG.log(Level.WARNING, "Measuring the usage of " + tenant.slug() + " failed", e);
      }
    }
    return measured;
  }

  /** The last measurement of every tenant, by tenant id. */
  public Map<Long, TenantUsage> latest() {
    Map<Long, TenantUsage> result = new HashMap<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT tenant_id, users, records, storage_bytes, last_activity_at, measured_at FROM "
                    + control("tenant_usage"))) {
      while (r.next()) {
        TenantUsage u = read(r);
        result.put(u.tenantId(), u);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the usage measurements", e);
    }
    return result;
  }

  /** The storage one tenant used at the last measurement (0 when never measured). */
  public long storageBytes(Long tenantId) {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT storage_bytes FROM " + control("tenant_usage") + " WHERE tenant_id = ?")) {
      s.setLong(1, tenantId);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the usage of tenant " + tenantId, e);
    }
  }

  private TenantUsage measureOne(TenantRef tenant, long storageBytes) throws SQLException {
    String schema = "`" + tenant.schemaName().replace("`", "") + "`";
    try (Connection c = servers.direct(tenant.dbServer()).getConnection();
        Statement s = c.createStatement()) {
      int users = (int) single(s, "SELECT COUNT(*) FROM " + schema + ".user_account WHERE active");
      long records =
          single(s, "SELECT COUNT(*) FROM " + schema + ".contact WHERE deleted_at IS NULL");
      Instant last = null;
      try (ResultSet r =
          s.executeQuery("SELECT MAX(occurred_at) FROM " + schema + ".login_event")) {
        if (r.next() && r.getTimestamp(1) != null) {
          last = r.getTimestamp(1).toInstant();
        }
      }
      return new TenantUsage(tenant.id(), users, records, storageBytes, last, Instant.now());
    }
  }

  private static long single(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** The size of every tenant schema on one database server (empty when it cannot be reached). */
  private Map<String, Long> storageBySchema(String server) {
    Map<String, Long> result = new HashMap<>();
    try (Connection c = servers.direct(server).getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT table_schema, SUM(data_length + index_length) FROM information_schema.tables"
                    + " WHERE table_schema LIKE ? GROUP BY table_schema")) {
      s.setString(
          1, DatabaseNames.tenantSchemaPrefix().replace("\\", "\\\\").replace("_", "\\_") + "%");
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          result.put(r.getString(1), r.getLong(2));
        }
      }
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot read the table statistics of database server " + server, e);
    }
    return result;
  }

  private void save(TenantUsage u) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO "
                    + control("tenant_usage")
                    + " (tenant_id, users, records, storage_bytes, last_activity_at, measured_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE users = VALUES(users),"
                    + " records = VALUES(records), storage_bytes = VALUES(storage_bytes),"
                    + " last_activity_at = VALUES(last_activity_at),"
                    + " measured_at = VALUES(measured_at)")) {
      s.setLong(1, u.tenantId());
      s.setInt(2, u.users());
      s.setLong(3, u.records());
      s.setLong(4, u.storageBytes());
      s.setTimestamp(5, u.lastActivityAt() == null ? null : Timestamp.from(u.lastActivityAt()));
      s.setTimestamp(6, Timestamp.from(u.measuredAt()));
      s.executeUpdate();
    }
  }

  private static TenantUsage read(ResultSet r) throws SQLException {
    Timestamp last = r.getTimestamp(5);
    return new TenantUsage(
        r.getLong(1),
        r.getInt(2),
        r.getLong(3),
        r.getLong(4),
        last == null ? null : last.toInstant(),
        r.getTimestamp(6).toInstant());
  }

  private static String control(String table) {
    return "`" + DatabaseNames.controlSchema() + "`." + table;
  }
}
