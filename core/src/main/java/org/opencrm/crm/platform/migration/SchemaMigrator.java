package org.opencrm.crm.platform.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Pattern;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.opencrm.crm.platform.dbserver.DatabaseServers;

/**
 * Creates schemas and applies changelogs to them, on the non-transactional datasource of the
 * database server that holds them (DDL commits on its own in MySQL and MariaDB); {@code server} is
 * the code of that server. The connection's catalog is switched before Liquibase runs, or raw SQL
 * changesets would land in whatever schema the pooled connection last used.
 */
@ApplicationScoped
public class SchemaMigrator {

  public static final String CONTROL_CHANGELOG = "db/control/changelog.xml";
  public static final String TENANT_CHANGELOG = "db/tenant/changelog.xml";

  private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z0-9_]{1,64}");

  static {
    System.setProperty("liquibase.analytics.enabled", "false");
  }

  @Inject DatabaseServers servers;

  /** Creates the schema if missing, always as utf8mb4 whatever the server's default. */
  public void createSchema(String server, String schema) {
    requireSafeName(schema);
    try (Connection c = servers.direct(server).getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE DATABASE IF NOT EXISTS `"
              + schema
              + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    } catch (SQLException e) {
      throw new MigrationException("Cannot create schema " + schema + ": " + e.getMessage(), e);
    }
  }

  /**
   * Applies a changelog found through the class loader to one schema. A database lock per schema
   * serialises applications and nodes that migrate the same schema at once (Liquibase's own lock
   * table cannot, while it is being created).
   */
  public void update(String server, String schema, String changelog, ClassLoader classLoader) {
    requireSafeName(schema);
    try (Connection lock = servers.direct(server).getConnection();
        Connection c = servers.direct(server).getConnection()) {
      acquire(lock, schema);
      try {
        apply(c, schema, changelog, classLoader);
      } finally {
        // Pooled connections live on: a lock not released here would outlive a failed migration.
        release(lock, schema);
      }
    } catch (Exception e) {
      throw new MigrationException(
          "Cannot apply " + changelog + " to schema " + schema + ": " + rootMessage(e), e);
    }
  }

  private static void apply(Connection c, String schema, String changelog, ClassLoader classLoader)
      throws Exception {
    c.setCatalog(schema);
    Database database =
        DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
    database.setDefaultCatalogName(schema);
    database.setLiquibaseCatalogName(schema);
    Scope.child(
        Map.of(
            Scope.Attr.resourceAccessor.name(),
            new ClassLoaderResourceAccessor(classLoader),
            "liquibase.analytics.enabled",
            false,
            // Every migration of a schema holds the database lock above, so a Liquibase lock
            // still held when we get here was left by a crash: wait one minute, not five.
            "liquibase.changelogLockWaitTimeInMinutes",
            1L),
        () ->
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                .execute());
  }

  /** Who holds Liquibase's lock of a schema and since when; empty when it is free. */
  public java.util.Optional<String> lockHolder(String server, String schema) {
    requireSafeName(schema);
    try (Connection c = servers.direct(server).getConnection();
        Statement s = c.createStatement();
        var r =
            s.executeQuery(
                "SELECT LOCKED, LOCKEDBY, LOCKGRANTED FROM `"
                    + schema
                    + "`.DATABASECHANGELOGLOCK WHERE ID = 1")) {
      if (r.next() && r.getBoolean(1)) {
        return java.util.Optional.of(r.getString(2) + ", " + r.getTimestamp(3));
      }
      return java.util.Optional.empty();
    } catch (SQLException e) {
      return java.util.Optional.empty(); // no lock table yet: nothing to release
    }
  }

  /**
   * Releases Liquibase's lock of a schema that a crashed migration left behind. Only when no
   * migration of this schema runs anywhere: the call waits for the database lock every migration
   * holds, so it cannot pull the lock from under a running one.
   */
  public boolean releaseStuckLock(String server, String schema) {
    requireSafeName(schema);
    try (Connection lock = servers.direct(server).getConnection();
        Connection c = servers.direct(server).getConnection();
        Statement s = c.createStatement()) {
      acquire(lock, schema);
      try {
        return s.executeUpdate(
                "UPDATE `"
                    + schema
                    + "`.DATABASECHANGELOGLOCK SET LOCKED = 0, LOCKGRANTED = NULL, LOCKEDBY = NULL"
                    + " WHERE ID = 1 AND LOCKED = 1")
            > 0;
      } finally {
        release(lock, schema);
      }
    } catch (SQLException e) {
      throw new MigrationException(
          "Cannot release the Liquibase lock of " + schema + ": " + e.getMessage(), e);
    }
  }

  /** Drops a schema; used when a tenant is deleted and by tests. */
  public void dropSchema(String server, String schema) {
    requireSafeName(schema);
    try (Connection c = servers.direct(server).getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS `" + schema + "`");
    } catch (SQLException e) {
      throw new MigrationException("Cannot drop schema " + schema + ": " + e.getMessage(), e);
    }
  }

  private static void acquire(Connection lock, String schema) throws SQLException {
    try (var s = lock.prepareStatement("SELECT GET_LOCK(?, 300)")) {
      s.setString(1, lockName(schema));
      try (var r = s.executeQuery()) {
        if (!r.next() || r.getInt(1) != 1) {
          throw new SQLException("Timed out waiting for the migration lock of " + schema);
        }
      }
    }
  }

  private static void release(Connection lock, String schema) throws SQLException {
    try (var s = lock.prepareStatement("SELECT RELEASE_LOCK(?)")) {
      s.setString(1, lockName(schema));
      s.executeQuery().close();
    }
  }

  /** Lock names are at most 64 characters; the schema name is too. */
  private static String lockName(String schema) {
    String name = "crm-migrate-" + schema;
    return name.length() <= 64 ? name : name.substring(name.length() - 64);
  }

  private static void requireSafeName(String schema) {
    if (schema == null || !SCHEMA_NAME.matcher(schema).matches()) {
      throw new IllegalArgumentException("Not a schema name: " + schema);
    }
  }

  /** The message of the innermost cause: what the database said. */
  public static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
