package org.opencrm.crm.platform.tenant.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A pooled connection of the non-transactional migration datasource, set up for archive work in one
 * schema: the session in UTC (TIMESTAMP values travel as UTC), and for loading, foreign key checks
 * off (tables are filled one after the other, not in reference order) and strict SQL modes (a value
 * that does not fit is an error, an explicit id 0 stays 0). Closing it rolls back what was not
 * committed and puts the session back as it was, since the pool hands the connection on.
 */
final class BulkSession implements AutoCloseable {

  private final Connection connection;
  private final String timeZone;
  private final String sqlMode;
  private final int foreignKeyChecks;
  private final int isolation;

  private BulkSession(DataSource dataSource, String schema, boolean loading) throws SQLException {
    connection = dataSource.getConnection();
    try {
      connection.setCatalog(schema);
      isolation = connection.getTransactionIsolation();
      try (Statement s = connection.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT @@session.time_zone, @@session.sql_mode,"
                      + " @@session.foreign_key_checks")) {
        r.next();
        timeZone = r.getString(1);
        sqlMode = r.getString(2);
        foreignKeyChecks = r.getInt(3);
      }
      try (Statement s = connection.createStatement()) {
        s.execute("SET time_zone = '+00:00'");
        if (loading) {
          s.execute(
              "SET foreign_key_checks = 0, sql_mode = CONCAT_WS(',', @@session.sql_mode,"
                  + " 'STRICT_ALL_TABLES', 'NO_AUTO_VALUE_ON_ZERO')");
        }
      }
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /** A session for reading a schema. */
  static BulkSession reading(DataSource dataSource, String schema) throws SQLException {
    return new BulkSession(dataSource, schema, false);
  }

  /** A session for loading rows into a schema. */
  static BulkSession loading(DataSource dataSource, String schema) throws SQLException {
    return new BulkSession(dataSource, schema, true);
  }

  Connection connection() {
    return connection;
  }

  /**
   * Starts a read-only transaction that sees every table as of one moment, so an export is
   * consistent while users keep working.
   */
  void beginSnapshot() throws SQLException {
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      s.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
        connection.setAutoCommit(true);
      }
      try (PreparedStatement s =
          connection.prepareStatement("SET time_zone = ?, sql_mode = ?, foreign_key_checks = ?")) {
        s.setString(1, timeZone);
        s.setString(2, sqlMode);
        s.setInt(3, foreignKeyChecks);
        s.execute();
      }
      connection.setTransactionIsolation(isolation);
    } finally {
      connection.close();
    }
  }
}
