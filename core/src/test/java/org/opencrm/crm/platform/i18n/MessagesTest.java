package org.opencrm.crm.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void russianCountsAgreeWithTheirNoun() {
    assertEquals("1 контакт", Messages.plural(Messages.RUSSIAN, "contact.count", 1));
    assertEquals("2 контакта", Messages.plural(Messages.RUSSIAN, "contact.count", 2));
    assertEquals("5 контактов", Messages.plural(Messages.RUSSIAN, "contact.count", 5));
    assertEquals("11 контактов", Messages.plural(Messages.RUSSIAN, "contact.count", 11));
    assertEquals("21 контакт", Messages.plural(Messages.RUSSIAN, "contact.count", 21));
    assertEquals("24 контакта", Messages.plural(Messages.RUSSIAN, "contact.count", 24));
    assertEquals("112 контактов", Messages.plural(Messages.RUSSIAN, "contact.count", 112));
    assertEquals("0 контактов", Messages.plural(Messages.RUSSIAN, "contact.count", 0));
  }

  @Test
  void englishCountsAgreeWithTheirNoun() {
    assertEquals("1 contact", Messages.plural(Locale.ENGLISH, "contact.count", 1));
    assertEquals("3 contacts", Messages.plural(Locale.ENGLISH, "contact.count", 3));
  }

  @Test
  void everyTextExistsInBothLanguages() throws java.io.IOException {
    for (String bundle : java.util.List.of("messages", "faces")) {
      java.util.Properties ru = load(bundle + "_ru.properties");
      java.util.Properties en = load(bundle + "_en.properties");
      java.util.Set<Object> onlyRu = new java.util.TreeSet<>(ru.keySet());
      onlyRu.removeAll(en.keySet());
      java.util.Set<Object> onlyEn = new java.util.TreeSet<>(en.keySet());
      onlyEn.removeAll(ru.keySet());
      assertEquals(java.util.Set.of(), onlyRu, bundle + ": missing in English");
      assertEquals(java.util.Set.of(), onlyEn, bundle + ": missing in Russian");
    }
  }

  /**
   * Texts with arguments go through MessageFormat, which swallows a plain apostrophe; texts without
   * are shown as they are, so a doubled one would show doubled. Either way, use ’.
   */
  @Test
  void noTextHasAnApostropheThatFormattingWouldMangle() throws java.io.IOException {
    for (String lang : java.util.List.of("ru", "en")) {
      java.util.Properties texts = load("messages_" + lang + ".properties");
      for (String key : texts.stringPropertyNames()) {
        String text = texts.getProperty(key);
        boolean formatted = text.matches("(?s).*\\{\\d.*");
        if (text.contains("''") || (formatted && text.contains("'"))) {
          throw new AssertionError(lang + ": " + key + " = " + text);
        }
      }
    }
  }

  private static java.util.Properties load(String name) throws java.io.IOException {
    java.util.Properties p = new java.util.Properties();
    try (var in = MessagesTest.class.getResourceAsStream("/org/opencrm/crm/i18n/" + name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void languageFromTheBrowserDefaultsToRussian() {
    assertEquals(Messages.RUSSIAN, Messages.fromAcceptLanguage(null));
    assertEquals(Messages.RUSSIAN, Messages.fromAcceptLanguage("de-DE,de;q=0.9"));
    assertEquals(Locale.ENGLISH, Messages.fromAcceptLanguage("en-US,en;q=0.9,ru;q=0.8"));
    assertEquals(Messages.RUSSIAN, Messages.fromAcceptLanguage("ru-RU,ru;q=0.9,en;q=0.8"));
  }
}
