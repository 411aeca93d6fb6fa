package org.opencrm.crm.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up texts of the shared bundle; Russian is the default language. */
public final class Messages {

  public static final String BUNDLE = "org.opencrm.crm.i18n.messages";
  public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
  public static final List<Locale> SUPPORTED = List.of(RUSSIAN, Locale.ENGLISH);

  private Messages() {}

  public static String get(Locale locale, String key, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            supported(locale),
            Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  /**
   * A count with its noun in the right form: {@code key.one}, {@code key.few} or {@code key.many}
   * by the language's rules (Russian: 1 контакт, 2 контакта, 5 контактов, 21 контакт).
   */
  public static String plural(Locale locale, String key, long n) {
    return get(locale, key + "." + pluralForm(supported(locale), n), n);
  }

  static String pluralForm(Locale locale, long n) {
    long abs = Math.abs(n);
    if (!"ru".equals(locale.getLanguage())) {
      return abs == 1 ? "one" : "many";
    }
    long mod10 = abs % 10;
    long mod100 = abs % 100;
    if (mod10 == 1 && mod100 != 11) {
      return "one";
    }
    if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
      return "few";
    }
    return "many";
  }

  /** The supported language of a browser's first preference; Russian when it states none. */
  public static Locale fromAcceptLanguage(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return RUSSIAN;
    }
    String first = acceptLanguage.split(",")[0].split(";")[0].strip();
    return first.isEmpty() || "*".equals(first) ? RUSSIAN : supported(Locale.forLanguageTag(first));
  }

  /** The supported language closest to the requested one. */
  public static Locale supported(Locale locale) {
    if (locale != null && "en".equals(locale.getLanguage())) {
      return Locale.ENGLISH;
    }
    return RUSSIAN;
  }
}
