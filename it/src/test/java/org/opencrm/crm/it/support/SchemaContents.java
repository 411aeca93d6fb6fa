package org.opencrm.crm.it.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What every table of a schema holds, read behind the application's back: per table the row count
 * and a SHA-256 over all rows in column order, each value as the driver's text. Two schemas with
 * equal contents hold the same rows; this is computed independently of the archive's own checksums,
 * so it checks them too.
 */
public final class SchemaContents {

  /** One table's row count and digest. */
  public record TableContents(long rows, String digest) {}

  private SchemaContents() {}

  /**
   * The contents of every base table of a schema except Liquibase's, and except the given columns
   * ({@code table.column}), which are left out of the digests.
   */
  public static Map<String, TableContents> of(String schema, Set<String> ignoredColumns)
      throws SQLException {
    Map<String, TableContents> tables = new TreeMap<>();
    try (Connection c = TestEnvironment.connect(schema)) {
      for (String table : tableNames(c, schema)) {
        tables.put(table, contents(c, table, ignoredColumns));
      }
    }
    return tables;
  }

  public static Map<String, TableContents> of(String schema) throws SQLException {
    return of(schema, Set.of());
  }

  /** Whether the schema exists on the database server. */
  public static boolean exists(String schema) throws SQLException {
    try (Connection c = TestEnvironment.connect(null);
        PreparedStatement s =
            c.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
      s.setString(1, schema);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1) > 0;
      }
    }
  }

  private static List<String> tableNames(Connection c, String schema) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?"
                + " AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME NOT LIKE 'DATABASECHANGELOG%'")) {
      s.setString(1, schema);
      try (ResultSet r = s.executeQuery()) {
        List<String> names = new java.util.ArrayList<>();
        while (r.next()) {
          names.add(r.getString(1));
        }
        return names;
      }
    }
  }

  private static TableContents contents(Connection c, String table, Set<String> ignored)
      throws SQLException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long rows = 0;
    try (Statement s = c.createStatement()) {
      int columns;
      try (ResultSet r = s.executeQuery("SELECT * FROM `" + table + "` LIMIT 0")) {
        columns = r.getMetaData().getColumnCount();
      }
      String order =
          IntStream.rangeClosed(1, columns)
              .mapToObj(String::valueOf)
              .collect(Collectors.joining(","));
      try (ResultSet r = s.executeQuery("SELECT * FROM `" + table + "` ORDER BY " + order)) {
        ResultSetMetaData meta = r.getMetaData();
        while (r.next()) {
          rows++;
          for (int i = 1; i <= columns; i++) {
            if (ignored.contains(table + "." + meta.getColumnName(i))) {
              continue;
            }
            String value = r.getString(i);
            sha.update((value == null ? "\u0000null" : value).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 1);
          }
          sha.update((byte) '\n');
        }
      }
    }
    return new TableContents(rows, HexFormat.of().formatHex(sha.digest()));
  }
}
