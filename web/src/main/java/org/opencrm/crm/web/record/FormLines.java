package org.opencrm.crm.web.record;

import java.util.List;
import java.util.function.Supplier;

/**
 * The repeated lines of a form (phones, e-mails, messengers, accounts): add up to a cap, remove.
 */
public final class FormLines {

  private FormLines() {}

  /** Adds a new line unless the list already holds {@code max}. */
  public static <T> void add(List<T> lines, Supplier<T> line, int max) {
    if (lines.size() < max) {
      lines.add(line.get());
    }
  }

  /** Removes the line at an index; an index out of range (a stale page) changes nothing. */
  public static void remove(List<?> lines, int index) {
    if (index >= 0 && index < lines.size()) {
      lines.remove(index);
    }
  }
}
