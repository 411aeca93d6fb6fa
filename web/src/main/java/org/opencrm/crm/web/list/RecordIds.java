package org.opencrm.crm.web.list;

/** Record ids as they arrive in addresses: a positive number, or nothing. */
public final class RecordIds {

  private RecordIds() {}

  public static Long parse(String value) {
    if (value == null || value.isBlank() || value.length() > 19 || !value.strip().matches("\\d+")) {
      return null;
    }
    try {
      long id = Long.parseLong(value.strip());
      return id > 0 ? id : null;
    } catch (NumberFormatException e) {
      return null; // beyond the largest id
    }
  }
}
