package org.opencrm.crm.platform.tenant.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PortableTypesTest {

  @Test
  void integerTypesLoseTheirDisplayWidthSoMariaDbAndMySqlAgree() {
    assertEquals("bigint", SchemaInspector.portableType("bigint", "bigint(20)"));
    assertEquals("bigint", SchemaInspector.portableType("bigint", "bigint"));
    assertEquals("int unsigned", SchemaInspector.portableType("int", "int(10) unsigned"));
    assertEquals("int unsigned", SchemaInspector.portableType("INT", "int unsigned zerofill"));
    assertEquals("tinyint", SchemaInspector.portableType("tinyint", "tinyint(4)"));
    assertEquals("year", SchemaInspector.portableType("year", "year(4)"));
  }

  @Test
  void tinyintOfWidthOneStaysTheBooleanItIs() {
    assertEquals("tinyint(1)", SchemaInspector.portableType("tinyint", "tinyint(1)"));
    assertEquals(ValueKind.BOOLEAN, ValueKind.of("tinyint(1)"));
    assertEquals(ValueKind.INTEGER, ValueKind.of("tinyint"));
  }

  @Test
  void otherTypesKeepTheirLengthPrecisionAndValues() {
    assertEquals("varchar(100)", SchemaInspector.portableType("varchar", "varchar(100)"));
    assertEquals("datetime(6)", SchemaInspector.portableType("datetime", "datetime(6)"));
    assertEquals("decimal(12,2)", SchemaInspector.portableType("decimal", "decimal(12,2)"));
    assertEquals("enum('a','b')", SchemaInspector.portableType("enum", "ENUM('a','b')"));
  }

  @Test
  void eachTypeHasItsKindAndDigits() {
    assertEquals(ValueKind.TEXT, ValueKind.of("enum('a','b')"));
    assertEquals(ValueKind.TEXT, ValueKind.of("longtext"));
    assertEquals(ValueKind.BINARY, ValueKind.of("varbinary(16)"));
    assertEquals(ValueKind.DECIMAL, ValueKind.of("decimal(12,2)"));
    assertEquals(ValueKind.DATETIME, ValueKind.of("datetime(6)"));
    assertEquals(6, ValueKind.digits("datetime(6)"));
    assertEquals(0, ValueKind.digits("datetime"));
    assertEquals(3, ValueKind.digits("time(3)"));
    assertEquals(1, ValueKind.digits("bit"));
    assertEquals(12, ValueKind.digits("bit(12)"));
    assertEquals(0, ValueKind.digits("varchar(100)"));
  }

  @Test
  void typesTheArchiveCannotCarryHaveNoKind() {
    assertNull(ValueKind.of("geometry"));
    assertNull(ValueKind.of("point"));
    assertNull(ValueKind.of("vector(3)"));
  }
}
