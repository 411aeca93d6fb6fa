package org.opencrm.crm.platform.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Proposes which field each column of a file fills, from its header: an exact match of a known
 * header first, then a known header the column's header starts with ("Телефон мобильный" → phone).
 * Each field is proposed for one column at most; the user corrects the rest in the mapping.
 */
public final class ColumnGuesser {

  private ColumnGuesser() {}

  /** The field id for each header, or null where none fits; same order as the headers. */
  public static List<String> guess(List<String> headers, List<ImportField> fields) {
    List<String> result = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (String header : headers) {
      result.add(null);
    }
    // Exact matches first, so "Телефон" is not taken by "Телефон рабочий" before its own column.
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < headers.size(); i++) {
        if (result.get(i) != null) {
          continue;
        }
        String header = normal(headers.get(i));
        if (header.isEmpty()) {
          continue;
        }
        for (ImportField field : fields) {
          if (taken.contains(field.id())) {
            continue;
          }
          boolean fits = false;
          for (String known : field.headers()) {
            String k = normal(known);
            fits = pass == 0 ? header.equals(k) : header.startsWith(k) && k.length() >= 3;
            if (fits) {
              break;
            }
          }
          if (fits) {
            result.set(i, field.id());
            taken.add(field.id());
            break;
          }
        }
      }
    }
    return result;
  }

  /** Lower case, ё as е, without spaces, dots, dashes, underscores, colons and asterisks. */
  static String normal(String header) {
    if (header == null) {
      return "";
    }
    return header.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[\\s._:*\\-]", "");
  }
}
