package org.opencrm.crm.platform.importing;

import java.util.List;

/**
 * A field an entity's import can fill, with the column headers that name it in files people bring
 * (Russian and English, any case; spaces, dots, dashes and underscores do not count).
 *
 * @param id the field's id, e.g. {@code lastName}
 * @param headers the headers that name it, e.g. {@code Фамилия}, {@code Last name}
 */
public record ImportField(String id, List<String> headers) {

  public static ImportField of(String id, String... headers) {
    return new ImportField(id, List.of(headers));
  }
}
