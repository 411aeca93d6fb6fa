package org.opencrm.crm.platform.i18n;

import java.util.Arrays;
import java.util.Locale;

/**
 * A message kept in the database for later readers (a move's outcome, say) as its key and
 * arguments, so each reader sees it in their own language. Text stored before, or plain text, reads
 * as it is.
 */
public final class StoredText {

  private static final String MARK = "\u00a7";
  private static final String SEPARATOR = "\u001f";

  private StoredText() {}

  /** The key and arguments in one string for a text column. */
  public static String of(String key, Object... arguments) {
    StringBuilder s = new StringBuilder(MARK).append(key);
    for (Object a : arguments) {
      s.append(SEPARATOR).append(String.valueOf(a).replace(SEPARATOR, " "));
    }
    return s.toString();
  }

  /** The stored text in a language; plain text unchanged, null stays null. */
  public static String read(String stored, Locale locale) {
    if (stored == null || !stored.startsWith(MARK)) {
      return stored;
    }
    String[] parts = stored.substring(1).split(SEPARATOR, -1);
    return Messages.get(locale, parts[0], (Object[]) Arrays.copyOfRange(parts, 1, parts.length));
  }
}
