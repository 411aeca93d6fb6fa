package org.opencrm.crm.platform.tenant.archive;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the archive represents the values of one kind of MySQL or MariaDB column: what is read over
 * JDBC, the canonical JSON text of a value, what is read back from JSON and how it is bound for an
 * insert. Row checksums are computed over the canonical text, which is written here rather than by
 * a JSON library, so that it never changes with the library of the server that computes it.
 *
 * <p>The parse methods accept any JSON that means the same value (a boolean column also takes 0 and
 * 1); re-encoding what they return gives the canonical text.
 */
enum ValueKind {

  /** TINYINT to BIGINT, signed or unsigned: a JSON integer. */
  INTEGER {
    @Override
    Object read(ResultSet rs, int index, int digits) throws SQLException {
      return integer(rs.getObject(index));
    }

    @Override
    void write(Object value, int digits, StringBuilder out) {
      out.append(value);
    }

    @Override
    Object parse(Event event, JsonParser parser, int digits) {
      return integralNumber(event, parser);
    }

    @Override
    void bind(PreparedStatement s, int index, Object value) throws SQLException {
      bindInteger(s, index, value);
    }
  },

  /**
   * TINYINT(1), what Liquibase makes of BOOLEAN here: {@code true} or {@code false}, or an integer
   * for the other values the column can hold.
   */
  BOOLEAN {
    @Override
    Object read(ResultSet rs, int index, int digits) throws SQLException {
      int value = rs.getInt(index);
      return rs.wasNull() ? null : truth(value);
    }

    @Override
    void write(Object value, int digits, StringBuilder out) {
      out.append(value);
    }

    @Override
    Object parse(Event event, JsonParser parser, int digits) {
      return switch (event) {
        case VALUE_TRUE -> Boolean.TRUE;
        case VALUE_FALSE -> Boolean.FALSE;
        case VALUE_NUMBER -> {
          Object number = integralNumber(event, parser);
          if (!(number instanceof Long n) || n < -128 || n > 255) {
            throw new RowMismatchException("not a boolean: " + number);
          }
          yield truth(n.intValue());
        }
        default -> throw expected("true or false", event);
      };
    }

    @Override
    void bind(PreparedStatement s, int index, Object value) throws SQLException {
      s.setInt(index, value instanceof Boolean b ? (b ? 1 : 0) : (Integer) value);
    }
  },

  /** BIT(n): {@code true} or {@code false} for BIT(1), an unsigned integer for wider ones. */
  BIT {
    @Override
    String selectExpression(String quotedColumn) {
      return "CAST(" + quotedColumn + " AS UNSIGNED)";
    }

    @Override
    Object read(ResultSet rs, int index, int digits) throws SQLException {
      Object value = integer(rs.getObject(index));
      return value == null || digits != 1 ? value : Boolean.valueOf(!Long.valueOf(0).equals(value));
    }

    @Override
    void write(Object value, int digits, StringBuilder out) {
      out.append(value);
    }

    @Override
    Object parse(Event event, JsonParser parser, int digits) {
      if (digits == 1 && (event == Event.VALUE_TRUE || event == Event.VALUE_FALSE)) {
        return event == Event.VALUE_TRUE;
      }
      Object number = integralNumber(event, parser);
      if (number instanceof Long n && n < 0) {
        throw new RowMismatchException("negative bit value " + n);
      }
      if (digits == 1) {
        if (!(number instanceof Long n) || n > 1) {
          throw new RowMismatchException("not a bit: " + number);
        }
        return n == 1;
      }
      return number;
    }

    @Override
    void bind(PreparedStatement s, int index, Object value) throws SQLException {
      if (value instanceof Boolean b) {
        s.setInt(index, b ? 1 : 0);
      } else {
        bindInteger(s, index, value);
      }
    }
  },

  /** DECIMAL: a JSON number with every digit of the column's scale. */
  DECIMAL {
    @Override
    Object read(ResultSet rs, int index, int digits) throws SQLException {
      return rs.getBigDecimal(index);
    }

    @Override
    void write(Object value, int digits, StringBuilder out) {
      out.append(((BigDecimal) value).toPlainString());
    }

    @Override
    Object parse(Event event, JsonParser parser, int digits) {
      if (event != Event.VALUE_NUMBER) {
        throw expected("a number", event);
      }
      return parser.getBigDecimal();
    }

    @Override
    void bind(PreparedStatement s, int index, Object value) throws SQLException {
      s.setBigDecimal(index, (BigDecimal) value);
    }
  },

  /** FLOAT: the shortest JSON number that reads back as the same single-precision value. */
  FLOAT {
    @Override
    Object read(ResultSet rs, int index, int digits) throws SQLException {
      float value = rs.getFloat(index);
      return rs.wasNull() ? null : value;
    }

    @Override
    void write(Object value, int digits, StringBuilder out) {
      out.append(Float.toString((Float) value));
    }

    @Override
    Object parse(Event event, JsonParser parser, int digits) {
      if (event != Event.VALUE_NUMBER) {
        throw expected("a number", event);
      }
      float value = Float.parseFloat(parser.getString());
      if (Float.isInfinite(value)) {
        throw new RowMismatchException("out of range for FLOAT: " + parser.getString());
      }
      return value;
    }

    @Override
    void bind(PreparedStatement s, int index, Object value) throws SQLException {
      s.setFloat(index, (Float) value);
    }
  },

  /** DOUBLE: the shortest JSON number that reads back as the same double-precision value. */
  DOUBLE {
    @Override
    Object read(ResultSet rs, int index, int digits) throws SQLException {
      double value = rs.getDouble(index);
      return rs.wasNull() ? null : value;
    }

    @Override
    void write(Object value, int digits, StringBuilder out) {
      out.append(Double.toString((Double) value));
    }

    @Override
    Object parse(Event event, JsonParser parser, int digits) {
      if (event != Event.VALUE_NUMBER) {
        throw expected("a number", event);
      }
      double value = Double.parseDouble(parser.getString());
      if (Double.isInfinite(value)) {
        throw new RowMismatchException("out of range for DOUBLE: " + parser.getString());
      }
      return value;
    }

    @Override
    void bind(PreparedStatement s, int index, Object value) throws SQLException {
      s.setDouble(index, (Double) value);
    }
  },

  /** CHAR, VARCHAR, the TEXT types, ENUM, SET and JSON: a JSON string. */
  TEXT {
    @Override
    Object read(ResultSet rs, int index, int digits) throws SQLException {
      return rs.getString(index);
    }

    @Override
    void write(Object value, int digits, StringBuilder out) {
      quote((String) value, out);
    }

    @Override
    Object parse(Event event, JsonParser parser, int digits) {
      if (event != Event.VALUE_STRING) {
        throw expected("a string", event);
      }
      return parser.getString();
    }

    @Override
    void bind(PreparedStatement s, int index, Object value) throws SQLException {
      s.setString(index, (String) value);
    }
  },

  /** BINARY, VARBINARY and the BLOB types: a JSON string in base64 (RFC 4648, padded). */
  BINARY {
    @Override
    Object read(ResultSet rs, int index, int digits) throws SQLException {
      return rs.getBytes(index);
    }

    @Override
    void write(Object value, int digits, StringBuilder out) {
      out.append('"').append(Base64.getEncoder().encodeToString((byte[]) value)).append('"');
    }

    @Override
    Object parse(Event event, JsonParser parser, int digits) {
      if (event != Event.VALUE_STRING) {
        throw expected("a base64 string", event);
      }
      try {
        return Base64.getDecoder().decode(parser.getString());
      } catch (IllegalArgumentException e) {
        throw new RowMismatchException("not base64: " + e.getMessage());
      }
    }

    @Override
    void bind(PreparedStatement s, int index, Object value) throws SQLException {
      s.setBytes(index, (byte[]) value);
    }
  },

  /** DATE: {@code "2026-01-31"}. */
  DATE {
    @Override
    Object read(ResultSet rs, int index, int digits) throws SQLException {
      return rs.getObject(index, LocalDate.class);
    }

    @Override
    void write(Object value, int digits, StringBuilder out) {
      out.append('"').append(DATE_FORMAT.format((LocalDate) value)).append('"');
    }

    @Override
    Object parse(Event event, JsonParser parser, int digits) {
      if (event != Event.VALUE_STRING) {
        throw expected("a date", event);
      }
      try {
        return LocalDate.parse(parser.getString());
      } catch (DateTimeParseException e) {
        throw new RowMismatchException("not a date: " + parser.getString());
      }
    }

    @Override
    void bind(PreparedStatement s, int index, Object value) throws SQLException {
      s.setString(index, DATE_FORMAT.format((LocalDate) value));
    }
  },

  /**
   * DATETIME(n): {@code "2026-01-31T09:30:00.123456"}, as stored (no time zone), with exactly the
   * column's n fractional digits.
   */
  DATETIME {
    @Override
    Object read(ResultSet rs, int index, int digits) throws SQLException {
      return rs.getObject(index, LocalDateTime.class);
    }

    @Override
    void write(Object value, int digits, StringBuilder out) {
      out.append('"');
      dateTime((LocalDateTime) value, digits, out);
      out.append('"');
    }

    @Override
    Object parse(Event event, JsonParser parser, int digits) {
      if (event != Event.VALUE_STRING) {
        throw expected("a date and time", event);
      }
      return parseDateTime(parser.getString());
    }

    @Override
    void bind(PreparedStatement s, int index, Object value) throws SQLException {
      bindDateTime(s, index, (LocalDateTime) value);
    }
  },

  /**
   * TIMESTAMP(n): the instant in UTC, {@code "2026-01-31T09:30:00.123456Z"}; export and import run
   * their sessions in UTC.
   */
  TIMESTAMP {
    @Override
    Object read(ResultSet rs, int index, int digits) throws SQLException {
      return rs.getObject(index, LocalDateTime.class);
    }

    @Override
    void write(Object value, int digits, StringBuilder out) {
      out.append('"');
      dateTime((LocalDateTime) value, digits, out);
      out.append("Z\"");
    }

    @Override
    Object parse(Event event, JsonParser parser, int digits) {
      String text = event == Event.VALUE_STRING ? parser.getString() : "";
      if (!text.endsWith("Z")) {
        throw new RowMismatchException("not a UTC timestamp: " + text);
      }
      return parseDateTime(text.substring(0, text.length() - 1));
    }

    @Override
    void bind(PreparedStatement s, int index, Object value) throws SQLException {
      bindDateTime(s, index, (LocalDateTime) value);
    }
  },

  /**
   * TIME(n): the server's own text, {@code "-838:59:59.000000"} (a duration, which Java's LocalTime
   * cannot hold).
   */
  TIME {
    @Override
    String selectExpression(String quotedColumn) {
      return "CAST(" + quotedColumn + " AS CHAR)";
    }

    @Override
    Object read(ResultSet rs, int index, int digits) throws SQLException {
      return rs.getString(index);
    }

    @Override
    void write(Object value, int digits, StringBuilder out) {
      quote((String) value, out);
    }

    @Override
    Object parse(Event event, JsonParser parser, int digits) {
      if (event != Event.VALUE_STRING || !TIME_TEXT.matcher(parser.getString()).matches()) {
        throw new RowMismatchException("not a time");
      }
      return parser.getString();
    }

    @Override
    void bind(PreparedStatement s, int index, Object value) throws SQLException {
      s.setString(index, (String) value);
    }
  },

  /** YEAR: a JSON integer. */
  YEAR {
    @Override
    String selectExpression(String quotedColumn) {
      return "CAST(" + quotedColumn + " AS UNSIGNED)";
    }

    @Override
    Object read(ResultSet rs, int index, int digits) throws SQLException {
      return integer(rs.getObject(index));
    }

    @Override
    void write(Object value, int digits, StringBuilder out) {
      out.append(value);
    }

    @Override
    Object parse(Event event, JsonParser parser, int digits) {
      return integralNumber(event, parser);
    }

    @Override
    void bind(PreparedStatement s, int index, Object value) throws SQLException {
      bindInteger(s, index, value);
    }
  };

  private static final DateTimeFormatter DATE_FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);
  private static final DateTimeFormatter DATE_TIME_FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter SQL_DATE_TIME_FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
  private static final Pattern TIME_TEXT =
      Pattern.compile("-?\\d{2,3}:[0-5]\\d:[0-5]\\d(\\.\\d{1,6})?");
  private static final Pattern PARENTHESES = Pattern.compile("\\((\\d+)\\)");

  /** The SELECT expression that reads the column in the form {@link #read} expects. */
  String selectExpression(String quotedColumn) {
    return quotedColumn;
  }

  /** The value at the index of the current row, or {@code null} for SQL NULL. */
  abstract Object read(ResultSet rs, int index, int digits) throws SQLException;

  /** Appends the canonical JSON text of a value that is not null. */
  abstract void write(Object value, int digits, StringBuilder out);

  /**
   * The value of a JSON value that is not null.
   *
   * @throws RowMismatchException when it is not a value of this kind
   */
  abstract Object parse(Event event, JsonParser parser, int digits);

  /** Binds a value that is not null, as {@link #read} or {@link #parse} returned it. */
  abstract void bind(PreparedStatement s, int index, Object value) throws SQLException;

  /**
   * The kind of a column of a portable type (see {@link SchemaInspector#portableType}), or {@code
   * null} when the archive format cannot carry it (spatial types, for example).
   */
  static ValueKind of(String portableType) {
    String type = portableType.toLowerCase(Locale.ROOT).strip();
    if (type.equals("tinyint(1)")) {
      return BOOLEAN;
    }
    int end = 0;
    while (end < type.length() && Character.isLetter(type.charAt(end))) {
      end++;
    }
    return switch (type.substring(0, end)) {
      case "tinyint", "smallint", "mediumint", "int", "integer", "bigint" -> INTEGER;
      case "bit" -> BIT;
      case "decimal", "numeric" -> DECIMAL;
      case "float" -> FLOAT;
      case "double", "real" -> DOUBLE;
      case "char", "varchar", "tinytext", "text", "mediumtext", "longtext", "enum", "set", "json" ->
          TEXT;
      case "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob" -> BINARY;
      case "date" -> DATE;
      case "datetime" -> DATETIME;
      case "timestamp" -> TIMESTAMP;
      case "time" -> TIME;
      case "year" -> YEAR;
      default -> null;
    };
  }

  /**
   * What the parentheses of a type mean to its kind: fractional second digits of the temporal types
   * (0 without), the width of BIT (1 without), else 0.
   */
  static int digits(String portableType) {
    ValueKind kind = of(portableType);
    var m = PARENTHESES.matcher(portableType);
    boolean given = m.find();
    if (kind == BIT) {
      return given ? Integer.parseInt(m.group(1)) : 1;
    }
    if (kind == DATETIME || kind == TIMESTAMP || kind == TIME) {
      return given ? Math.min(6, Integer.parseInt(m.group(1))) : 0;
    }
    return 0;
  }

  /** Appends a JSON string: quote, backslash and control characters escaped, the rest as is. */
  static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static Object truth(int value) {
    return switch (value) {
      case 0 -> Boolean.FALSE;
      case 1 -> Boolean.TRUE;
      default -> value;
    };
  }

  /** Long when it fits, else BigInteger (BIGINT UNSIGNED beyond Long.MAX_VALUE). */
  private static Object integer(Object jdbcValue) {
    if (jdbcValue == null) {
      return null;
    }
    if (jdbcValue instanceof BigInteger big) {
      return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }
    if (jdbcValue instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    return ((Number) jdbcValue).longValue();
  }

  private static Object integralNumber(Event event, JsonParser parser) {
    if (event != Event.VALUE_NUMBER || !parser.isIntegralNumber()) {
      throw expected("an integer", event);
    }
    BigInteger value = parser.getBigDecimal().toBigIntegerExact();
    return value.bitLength() < 64 ? (Object) value.longValue() : value;
  }

  private static void bindInteger(PreparedStatement s, int index, Object value)
      throws SQLException {
    if (value instanceof Long n) {
      s.setLong(index, n);
    } else {
      s.setBigDecimal(index, new BigDecimal((BigInteger) value));
    }
  }

  private static void dateTime(LocalDateTime value, int digits, StringBuilder out) {
    out.append(DATE_TIME_FORMAT.format(value));
    if (digits > 0) {
      String nanos = String.format(Locale.ROOT, "%09d", value.getNano());
      out.append('.').append(nanos, 0, digits);
    }
  }

  /**
   * Binds a date and time as the SQL literal text with all six fractional digits. Typed setters
   * depend on what the driver believes of the server: Connector/J takes MariaDB 10.x for MySQL 5.5
   * and drops fractional seconds.
   */
  private static void bindDateTime(PreparedStatement s, int index, LocalDateTime value)
      throws SQLException {
    s.setString(
        index,
        SQL_DATE_TIME_FORMAT.format(value)
            + "."
            + String.format(Locale.ROOT, "%06d", value.getNano() / 1000));
  }

  private static LocalDateTime parseDateTime(String text) {
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new RowMismatchException("not a date and time: " + text);
    }
  }

  private static RowMismatchException expected(String what, Event event) {
    return new RowMismatchException("expected " + what + ", found " + event);
  }
}
