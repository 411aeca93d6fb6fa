package org.opencrm.crm.platform.tenant.archive;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the rows of one table into the archive's lines and back: a line is a JSON array with one
 * value per column, in column order ({@code [12,"Иванов",null,true,"2026-01-31T09:30:00.000000"]}).
 * Also builds the SQL that reads rows in archive order and inserts them.
 */
final class TableCodec {

  /** Table and column names the archive carries; anything else is refused, never quoted around. */
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_$]{1,64}");

  private static final JsonParserFactory PARSERS = Json.createParserFactory(null);

  private final ArchiveTable table;
  private final ValueKind[] kinds;
  private final int[] digits;
  private final boolean[] nullable;

  /**
   * @throws IllegalArgumentException when a name is not a plain identifier or a type is not one the
   *     archive can carry
   */
  TableCodec(ArchiveTable table) {
    this.table = table;
    requireIdentifier(table.name());
    int n = table.columns().size();
    if (n == 0) {
      throw new IllegalArgumentException("table " + table.name() + " has no columns");
    }
    kinds = new ValueKind[n];
    digits = new int[n];
    nullable = new boolean[n];
    for (int i = 0; i < n; i++) {
      ArchiveColumn column = table.columns().get(i);
      requireIdentifier(column.name());
      kinds[i] = ValueKind.of(column.type());
      if (kinds[i] == null) {
        throw new IllegalArgumentException(
            "column "
                + table.name()
                + "."
                + column.name()
                + " has unsupported type "
                + column.type());
      }
      digits[i] = ValueKind.digits(column.type());
      nullable[i] = column.nullable();
    }
    List<String> names = table.columns().stream().map(ArchiveColumn::name).toList();
    if (names.stream().distinct().count() != n || !names.containsAll(table.primaryKey())) {
      throw new IllegalArgumentException("columns of " + table.name() + " do not add up");
    }
  }

  static boolean isIdentifier(String name) {
    return name != null && IDENTIFIER.matcher(name).matches();
  }

  private static void requireIdentifier(String name) {
    if (!isIdentifier(name)) {
      throw new IllegalArgumentException("not a supported table or column name: " + name);
    }
  }

  ArchiveTable table() {
    return table;
  }

  /** The canonical line of a row (without the line feed). */
  String encode(Object[] row) {
    StringBuilder out = new StringBuilder(64 + 24 * row.length);
    out.append('[');
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      if (row[i] == null) {
        out.append("null");
      } else {
        kinds[i].write(row[i], digits[i], out);
      }
    }
    return out.append(']').toString();
  }

  /**
   * The values of a line.
   *
   * @throws RowMismatchException when it is not a JSON array of values that fit the columns
   */
  Object[] decode(String line) {
    Object[] row = new Object[kinds.length];
    try (JsonParser parser = PARSERS.createParser(new StringReader(line))) {
      if (!parser.hasNext() || parser.next() != Event.START_ARRAY) {
        throw new RowMismatchException("not a JSON array");
      }
      for (int i = 0; i < kinds.length; i++) {
        Event event = parser.hasNext() ? parser.next() : Event.END_ARRAY;
        if (event == Event.END_ARRAY) {
          throw new RowMismatchException(
              i + " values for " + kinds.length + " columns of " + table.name());
        }
        if (event == Event.VALUE_NULL) {
          if (!nullable[i]) {
            throw new RowMismatchException("null in column " + table.columns().get(i).name());
          }
          continue;
        }
        try {
          row[i] = kinds[i].parse(event, parser, digits[i]);
        } catch (RowMismatchException e) {
          throw new RowMismatchException(
              "column " + table.columns().get(i).name() + ": " + e.getMessage());
        }
      }
      if (!parser.hasNext() || parser.next() != Event.END_ARRAY) {
        throw new RowMismatchException("more values than the " + kinds.length + " columns");
      }
      if (parser.hasNext()) {
        throw new RowMismatchException("text after the row");
      }
    } catch (JsonException | ArithmeticException e) {
      throw new RowMismatchException("not valid JSON: " + e.getMessage());
    }
    return row;
  }

  /** The values of the result set's current row, read with {@link #selectSql}. */
  Object[] read(ResultSet rs) throws SQLException {
    Object[] row = new Object[kinds.length];
    for (int i = 0; i < kinds.length; i++) {
      row[i] = kinds[i].read(rs, i + 1, digits[i]);
    }
    return row;
  }

  /** Binds a row's values to the parameters of {@link #insertSql}. */
  void bind(PreparedStatement s, Object[] row) throws SQLException {
    for (int i = 0; i < kinds.length; i++) {
      if (row[i] == null) {
        s.setNull(i + 1, Types.NULL);
      } else {
        kinds[i].bind(s, i + 1, row[i]);
      }
    }
  }

  /**
   * Reads every row of the table in the connection's current schema, in archive order, streaming
   * (the driver holds one row at a time, so the table's size does not matter), and writes each
   * canonical line to {@code out} unless it is null. Answers the table with its row count and
   * checksum.
   */
  ArchiveTable readRows(Connection c, OutputStream out) throws SQLException, IOException {
    TableDigest digest = new TableDigest();
    try (Statement s = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      s.setFetchSize(Integer.MIN_VALUE);
      try (ResultSet rs = s.executeQuery(selectSql())) {
        while (rs.next()) {
          byte[] line = digest.add(encode(read(rs)));
          if (out != null) {
            out.write(line);
          }
        }
      }
    }
    return table.withContents(digest.rows(), digest.finish());
  }

  /** Every row, in archive order, of the table in the connection's current schema. */
  String selectSql() {
    String columns =
        table.columns().stream()
            .map(c -> ValueKind.of(c.type()).selectExpression(quoted(c.name())))
            .collect(Collectors.joining(", "));
    String order =
        table.orderColumns().stream().map(TableCodec::quoted).collect(Collectors.joining(", "));
    return "SELECT " + columns + " FROM " + quoted(table.name()) + " ORDER BY " + order;
  }

  /** One row, with a parameter per column in column order. */
  String insertSql() {
    String columns =
        table.columns().stream().map(c -> quoted(c.name())).collect(Collectors.joining(", "));
    String parameters = String.join(", ", Collections.nCopies(kinds.length, "?"));
    return "INSERT INTO " + quoted(table.name()) + " (" + columns + ") VALUES (" + parameters + ")";
  }

  static String quoted(String identifier) {
    requireIdentifier(identifier);
    return "`" + identifier + "`";
  }
}
