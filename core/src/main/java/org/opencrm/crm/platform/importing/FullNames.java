package org.opencrm.crm.platform.importing;

import java.util.Locale;

/**
 * Splits a full name as Russian files write it — «Фамилия Имя Отчество» — into its parts. A name
 * whose second word is a patronymic is written «Имя Отчество Фамилия» and is read so; two words are
 * surname and first name, one word a surname.
 */
public final class FullNames {

  /** The parts of a name; absent parts are empty. */
  public record Parts(String lastName, String firstName, String middleName) {}

  private FullNames() {}

  public static Parts split(String fullName) {
    if (fullName == null || fullName.isBlank()) {
      return new Parts("", "", "");
    }
    String[] words = fullName.strip().split("\\s+");
    return switch (words.length) {
      case 1 -> new Parts(words[0], "", "");
      case 2 -> new Parts(words[0], words[1], "");
      default -> {
        if (isPatronymic(words[1]) && !isPatronymic(words[2])) {
          yield new Parts(words[2], words[0], words[1]);
        }
        // Anything after the third word (оглы, кызы) belongs to the patronymic.
        yield new Parts(
            words[0],
            words[1],
            String.join(" ", java.util.Arrays.copyOfRange(words, 2, words.length)));
      }
    };
  }

  static boolean isPatronymic(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    // "Ильич", "Кузьмич", "Фомич" are patronymics too; a surname ending so ("Абрамович") stands
    // first, where the second word decides.
    return w.endsWith("вич")
        || w.endsWith("вна")
        || w.endsWith("ична")
        || w.endsWith("инична")
        || w.endsWith("ьич")
        || w.endsWith("мич")
        || w.endsWith("лич");
  }
}
