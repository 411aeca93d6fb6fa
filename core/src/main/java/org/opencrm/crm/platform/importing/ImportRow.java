package org.opencrm.crm.platform.importing;

import java.util.Map;

/**
 * One row of a file as an entity's import receives it: its number in the file and its values by
 * field id (only the mapped columns; blank cells are empty strings).
 */
public record ImportRow(long line, Map<String, String> values) {

  /** A value, or "" when the field is not mapped. */
  public String get(String field) {
    String v = values.get(field);
    return v == null ? "" : v;
  }
}
