package org.opencrm.crm.platform.i18n;

import java.util.Locale;
import java.util.Map;

/** Russian letters in Latin ones, lower case, as e-mail addresses and keys are made from names. */
public final class Transliteration {

  private static final Map<Character, String> LATIN =
      Map.ofEntries(
          Map.entry('а', "a"),
          Map.entry('б', "b"),
          Map.entry('в', "v"),
          Map.entry('г', "g"),
          Map.entry('д', "d"),
          Map.entry('е', "e"),
          Map.entry('ё', "e"),
          Map.entry('ж', "zh"),
          Map.entry('з', "z"),
          Map.entry('и', "i"),
          Map.entry('й', "y"),
          Map.entry('к', "k"),
          Map.entry('л', "l"),
          Map.entry('м', "m"),
          Map.entry('н', "n"),
          Map.entry('о', "o"),
          Map.entry('п', "p"),
          Map.entry('р', "r"),
          Map.entry('с', "s"),
          Map.entry('т', "t"),
          Map.entry('у', "u"),
          Map.entry('ф', "f"),
          Map.entry('х', "kh"),
          Map.entry('ц', "ts"),
          Map.entry('ч', "ch"),
          Map.entry('ш', "sh"),
          Map.entry('щ', "sch"),
          Map.entry('ъ', ""),
          Map.entry('ы', "y"),
          Map.entry('ь', ""),
          Map.entry('э', "e"),
          Map.entry('ю', "yu"),
          Map.entry('я', "ya"));

  private Transliteration() {}

  /** The text in lower case with Russian letters spelled in Latin ones; other characters kept. */
  public static String latin(String text) {
    StringBuilder out = new StringBuilder();
    for (char ch : text.toLowerCase(Locale.forLanguageTag("ru")).toCharArray()) {
      out.append(LATIN.getOrDefault(ch, String.valueOf(ch)));
    }
    return out.toString();
  }

  /** A key of Latin letters, digits and underscores from a name: "Бюджет, ₽" → "byudzhet". */
  public static String key(String name, int maxLength) {
    String key = latin(name).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    return key.length() > maxLength ? key.substring(0, maxLength) : key;
  }
}
