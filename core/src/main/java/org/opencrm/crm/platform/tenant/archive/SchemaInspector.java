package org.opencrm.crm.platform.tenant.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads what a tenant schema holds from {@code information_schema}: every base table with its
 * columns and primary key, whatever changelog made them (only Liquibase's own two tables are left
 * out), and the changesets applied to it.
 */
final class SchemaInspector {

  /** Liquibase's bookkeeping, which the archive carries as the manifest's changeset list. */
  static final Set<String> LIQUIBASE_TABLES = Set.of("databasechangelog", "databasechangeloglock");

  private SchemaInspector() {}

  /** The tables of a schema, sorted by name, without row counts or checksums. */
  static List<ArchiveTable> tables(Connection c, String schema) throws SQLException {
    Map<String, List<ArchiveColumn>> columns = new LinkedHashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT c.TABLE_NAME, c.COLUMN_NAME, c.DATA_TYPE, c.COLUMN_TYPE, c.IS_NULLABLE"
                + " FROM information_schema.COLUMNS c JOIN information_schema.TABLES t"
                + " ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME"
                + " WHERE c.TABLE_SCHEMA = ? AND t.TABLE_TYPE = 'BASE TABLE'"
                + " AND (c.GENERATION_EXPRESSION IS NULL OR c.GENERATION_EXPRESSION = '')"
                + " ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION")) {
      s.setString(1, schema);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String table = r.getString(1);
          if (!LIQUIBASE_TABLES.contains(table.toLowerCase(Locale.ROOT))) {
            columns
                .computeIfAbsent(table, t -> new ArrayList<>())
                .add(
                    new ArchiveColumn(
                        r.getString(2),
                        portableType(r.getString(3), r.getString(4)),
                        "YES".equals(r.getString(5))));
          }
        }
      }
    }
    Map<String, List<String>> keys = new LinkedHashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.STATISTICS"
                + " WHERE TABLE_SCHEMA = ? AND INDEX_NAME = 'PRIMARY'"
                + " ORDER BY TABLE_NAME, SEQ_IN_INDEX")) {
      s.setString(1, schema);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          keys.computeIfAbsent(r.getString(1), t -> new ArrayList<>()).add(r.getString(2));
        }
      }
    }
    return columns.entrySet().stream()
        .map(
            e ->
                new ArchiveTable(
                    e.getKey(), e.getValue(), keys.getOrDefault(e.getKey(), List.of()), 0, null))
        .sorted(Comparator.comparing(ArchiveTable::name))
        .toList();
  }

  /** The ids of the changesets applied to a schema, in the order they ran. */
  static List<String> appliedChangesets(Connection c, String schema) throws SQLException {
    if (!TableCodec.isIdentifier(schema)) {
      throw new IllegalArgumentException("Not a schema name: " + schema);
    }
    List<String> ids = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT ID FROM `" + schema + "`.DATABASECHANGELOG ORDER BY ORDEREXECUTED, ID")) {
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getString(1));
        }
      }
    }
    return ids;
  }

  static boolean schemaExists(Connection c, String schema) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
      s.setString(1, schema);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  /**
   * The type of a column as the archive names it, the same on MariaDB and MySQL 8: the column type
   * in lower case, without the display widths of integer types (MariaDB shows {@code bigint(20)},
   * MySQL 8 {@code bigint}) except {@code tinyint(1)}, which both keep and which means boolean.
   */
  static String portableType(String dataType, String columnType) {
    String data = dataType.toLowerCase(Locale.ROOT).strip();
    String column = columnType.toLowerCase(Locale.ROOT).replace(" zerofill", "").strip();
    String unsigned = column.contains(" unsigned") ? " unsigned" : "";
    return switch (data) {
      case "tinyint" -> (column.startsWith("tinyint(1)") ? "tinyint(1)" : "tinyint") + unsigned;
      case "smallint", "mediumint", "int", "bigint" -> data + unsigned;
      case "year" -> "year";
      default -> column;
    };
  }
}
