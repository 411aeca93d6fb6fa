package org.opencrm.crm.platform.tenant.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableCodecTest {

  /** One column of every kind the archive carries, the last ones nullable. */
  private static final ArchiveTable EVERY_KIND =
      new ArchiveTable(
          "sample",
          List.of(
              new ArchiveColumn("id", "bigint", false),
              new ArchiveColumn("big", "bigint unsigned", false),
              new ArchiveColumn("flag", "tinyint(1)", false),
              new ArchiveColumn("bits", "bit(8)", false),
              new ArchiveColumn("bit1", "bit(1)", false),
              new ArchiveColumn("amount", "decimal(12,2)", false),
              new ArchiveColumn("ratio", "double", false),
              new ArchiveColumn("small_ratio", "float", false),
              new ArchiveColumn("name", "varchar(100)", false),
              new ArchiveColumn("photo", "blob", false),
              new ArchiveColumn("born", "date", false),
              new ArchiveColumn("created_at", "datetime(6)", false),
              new ArchiveColumn("stamped", "timestamp(3)", false),
              new ArchiveColumn("lasted", "time", false),
              new ArchiveColumn("founded", "year", false),
              new ArchiveColumn("notes", "text", true),
              new ArchiveColumn("deleted_at", "datetime", true)),
          List.of("id"),
          0,
          null);

  private static Object[] sampleRow() {
    return new Object[] {
      42L,
      new BigInteger("18446744073709551615"),
      Boolean.TRUE,
      200L,
      Boolean.FALSE,
      new BigDecimal("1234.50"),
      0.1,
      1.5f,
      "Иванов \"Ваня\" \\ 😀",
      new byte[] {0, 1, 2, (byte) 255},
      LocalDate.of(1999, 12, 31),
      LocalDateTime.of(2026, 1, 31, 9, 30, 0, 120_000_000),
      LocalDateTime.of(2026, 2, 1, 0, 0, 5, 7_000_000),
      "-838:59:59",
      2024L,
      "line 1\nline 2\ttab\u0001",
      null
    };
  }

  private final TableCodec codec = new TableCodec(EVERY_KIND);

  @Test
  void writesEveryKindInItsCanonicalForm() {
    assertEquals(
        "[42,18446744073709551615,true,200,false,1234.50,0.1,1.5,"
            + "\"Иванов \\\"Ваня\\\" \\\\ 😀\",\"AAEC/w==\",\"1999-12-31\","
            + "\"2026-01-31T09:30:00.120000\",\"2026-02-01T00:00:05.007Z\",\"-838:59:59\",2024,"
            + "\"line 1\\nline 2\\ttab\\u0001\",null]",
        codec.encode(sampleRow()));
  }

  @Test
  void readsBackTheValuesItWrote() {
    Object[] row = sampleRow();
    Object[] decoded = codec.decode(codec.encode(row));
    for (int i = 0; i < row.length; i++) {
      if (row[i] instanceof byte[] bytes) {
        assertArrayEquals(bytes, (byte[]) decoded[i]);
      } else {
        assertEquals(row[i], decoded[i], EVERY_KIND.columns().get(i).name());
      }
    }
    assertEquals(codec.encode(row), codec.encode(decoded));
  }

  @Test
  void datesAndTimesKeepExactlyTheColumnsFractionalDigits() {
    LocalDateTime moment = LocalDateTime.of(2026, 3, 4, 5, 6, 7);
    assertEquals("[\"2026-03-04T05:06:07\"]", single("datetime").encode(new Object[] {moment}));
    assertEquals(
        "[\"2026-03-04T05:06:07.000\"]", single("datetime(3)").encode(new Object[] {moment}));
    assertEquals(
        "[\"2026-03-04T05:06:07.000000Z\"]", single("timestamp(6)").encode(new Object[] {moment}));
  }

  @Test
  void booleansAreWrittenAsTrueAndFalseWhateverTheyWereReadAs() {
    TableCodec flag = single("tinyint(1)");
    assertEquals("[false]", flag.encode(flag.decode("[0]")));
    assertEquals("[true]", flag.encode(flag.decode("[1]")));
    assertEquals("[7]", flag.encode(flag.decode("[7]")), "other values of the column survive");
    TableCodec bit = single("bit(1)");
    assertEquals("[true]", bit.encode(bit.decode("[1]")));
  }

  @Test
  void aChangedValueChangesTheChecksumAndTheSameValuesGiveTheSameOne() {
    String line = codec.encode(sampleRow());
    Object[] altered = sampleRow();
    altered[8] = "Петров";
    assertEquals(digest(line), digest(codec.encode(codec.decode(line))));
    assertNotEquals(digest(line), digest(codec.encode(altered)), "a changed name is noticed");
  }

  @Test
  void theChecksumIsTheSha256OfTheLinesWithLineFeeds() throws Exception {
    TableDigest digest = new TableDigest();
    digest.add("[1,\"a\"]");
    digest.add("[2,\"б\"]");
    byte[] expected =
        MessageDigest.getInstance("SHA-256")
            .digest("[1,\"a\"]\n[2,\"б\"]\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(2, digest.rows());
    assertEquals(HexFormat.of().formatHex(expected), digest.finish());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "42",
        "{\"id\":1}",
        "[1,2",
        "[1,\"x\"] trailing",
        "[1]",
        "[1,\"x\",3]",
        "[\"1\",\"x\"]",
        "[1.5,\"x\"]",
        "[null,\"x\"]",
        "[1,[\"x\"]]",
        "[1,7]",
      })
  void refusesLinesThatDoNotFitTheColumns(String line) {
    TableCodec idAndName =
        new TableCodec(
            new ArchiveTable(
                "t",
                List.of(
                    new ArchiveColumn("id", "bigint", false),
                    new ArchiveColumn("name", "varchar(10)", false)),
                List.of("id"),
                0,
                null));
    assertThrows(RowMismatchException.class, () -> idAndName.decode(line));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "blob:[\"not base64!\"]",
        "date:[\"31.12.1999\"]",
        "datetime(6):[\"2026-01-31 09:30:00\"]",
        "timestamp:[\"2026-01-31T09:30:00\"]",
        "time:[\"9 hours\"]",
        "tinyint(1):[\"yes\"]",
        "bit(1):[2]",
        "decimal(5,2):[\"1.00\"]",
        "double:[true]",
      })
  void refusesValuesOfTheWrongKind(String typeAndLine) {
    int colon = typeAndLine.indexOf(':');
    TableCodec codec = single(typeAndLine.substring(0, colon));
    String line = typeAndLine.substring(colon + 1);
    assertThrows(RowMismatchException.class, () -> codec.decode(line));
  }

  @Test
  void readsInKeyOrderAndInsertsEveryColumn() {
    TableCodec times =
        new TableCodec(
            new ArchiveTable(
                "shift",
                List.of(
                    new ArchiveColumn("day", "date", false),
                    new ArchiveColumn("person", "bigint", false),
                    new ArchiveColumn("length", "time(3)", true)),
                List.of("person", "day"),
                0,
                null));
    assertEquals(
        "SELECT `day`, `person`, CAST(`length` AS CHAR) FROM `shift` ORDER BY `person`, `day`",
        times.selectSql());
    assertEquals(
        "INSERT INTO `shift` (`day`, `person`, `length`) VALUES (?, ?, ?)", times.insertSql());
  }

  @Test
  void aTableWithoutPrimaryKeyIsOrderedByAllItsColumns() {
    TableCodec keyless =
        new TableCodec(
            new ArchiveTable(
                "tag",
                List.of(
                    new ArchiveColumn("name", "varchar(20)", false),
                    new ArchiveColumn("weight", "int", true)),
                List.of(),
                0,
                null));
    assertEquals(
        "SELECT `name`, `weight` FROM `tag` ORDER BY `name`, `weight`", keyless.selectSql());
  }

  @Test
  void refusesNamesThatAreNotPlainIdentifiersAndTypesItCannotCarry() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TableCodec(
                new ArchiveTable(
                    "t`; DROP DATABASE x; --",
                    List.of(new ArchiveColumn("id", "int", false)),
                    List.of(),
                    0,
                    null)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TableCodec(
                new ArchiveTable(
                    "t",
                    List.of(new ArchiveColumn("shape", "geometry", true)),
                    List.of(),
                    0,
                    null)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TableCodec(
                new ArchiveTable(
                    "t",
                    List.of(new ArchiveColumn("id", "int", false)),
                    List.of("other"),
                    0,
                    null)));
  }

  @Test
  void bindsDatesAndTimesAsSqlTextWithEveryFractionalDigit() throws SQLException {
    Map<Integer, String> bound = new TreeMap<>();
    PreparedStatement statement =
        (PreparedStatement)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class},
                (proxy, method, args) -> {
                  bound.put((Integer) args[0], method.getName() + " " + args[1]);
                  return null;
                });
    TableCodec times =
        new TableCodec(
            new ArchiveTable(
                "t",
                List.of(
                    new ArchiveColumn("day", "date", false),
                    new ArchiveColumn("at", "datetime(6)", false),
                    new ArchiveColumn("stamp", "timestamp(3)", true),
                    new ArchiveColumn("n", "bigint", true)),
                List.of(),
                0,
                null));
    times.bind(
        statement,
        times.decode(
            "[\"0999-01-02\",\"2026-11-30T23:59:59.123456\",\"2026-01-01T00:00:00.5Z\",null]"));
    assertEquals(
        Map.of(
            1, "setString 0999-01-02",
            2, "setString 2026-11-30 23:59:59.123456",
            3, "setString 2026-01-01 00:00:00.500000",
            4, "setNull 0"),
        bound);
  }

  private static TableCodec single(String type) {
    return new TableCodec(
        new ArchiveTable("t", List.of(new ArchiveColumn("v", type, false)), List.of(), 0, null));
  }

  private static String digest(String line) {
    TableDigest digest = new TableDigest();
    digest.add(line);
    return digest.finish();
  }
}
