package org.opencrm.crm.platform.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses, formats and indexes phone numbers with libphonenumber. A number written without a country
 * code is read in the tenant's default region, so {@code 8 912 345-67-89}, {@code +7 912 345 67 89}
 * and {@code 912 345 67 89} are the same number in a Russian tenant.
 */
public final class PhoneNumbers {

  /** Longest raw input accepted, extension included. */
  public static final int MAX_RAW_LENGTH = 64;

  /** Fewest digits that search by "last digits" takes, so short inputs don't match everything. */
  public static final int MIN_SEARCH_DIGITS = 3;

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private PhoneNumbers() {}

  /**
   * Parses user input.
   *
   * @param raw what the user typed
   * @param defaultRegion ISO 3166 code used when the input has no country code
   */
  public static ParsedPhone parse(String raw, String defaultRegion) {
    if (raw == null || raw.isBlank()) {
      return ParsedPhone.invalid("phone.required");
    }
    if (raw.length() > MAX_RAW_LENGTH) {
      return ParsedPhone.invalid("phone.tooLong");
    }
    String withoutExtensionWords =
        raw.toLowerCase(Locale.ROOT).replaceAll("доб(авочный)?\\.?|ext(ension)?\\.?|x", " ");
    if (withoutExtensionWords.matches("(?s).*\\p{L}.*")
        || raw.chars().filter(Character::isDigit).count() < 5) {
      return ParsedPhone.invalid("phone.invalid");
    }
    try {
      PhoneNumber number = UTIL.parse(raw.trim(), defaultRegion);
      if (!UTIL.isValidNumber(number)) {
        return ParsedPhone.invalid("phone.invalid");
      }
      String e164 = UTIL.format(number, PhoneNumberFormat.E164);
      String extension = number.hasExtension() ? number.getExtension() : null;
      return new ParsedPhone(true, e164, extension, UTIL.getRegionCodeForNumber(number), null);
    } catch (NumberParseException e) {
      return ParsedPhone.invalid("phone.invalid");
    }
  }

  /** The digits of an E.164 number, last first: the key that finds it by its last digits. */
  public static String reversedDigits(String e164) {
    return new StringBuilder(e164.replaceAll("\\D", "")).reverse().toString();
  }

  /**
   * The reversed-digit prefix that finds numbers matching a search input, however the input is
   * written: a full number matches by its national significant digits (so the country code and
   * trunk prefix don't matter), a fragment by its last digits. Empty when the input is not a number
   * or too short.
   */
  public static Optional<String> searchKey(String input, String defaultRegion) {
    if (input == null) {
      return Optional.empty();
    }
    String trimmed = input.trim();
    if (trimmed.isEmpty() || !trimmed.matches("[+\\d\\s().\\-]+")) {
      return Optional.empty();
    }
    String digits = trimmed.replaceAll("\\D", "");
    if (digits.length() < MIN_SEARCH_DIGITS) {
      return Optional.empty();
    }
    if (digits.length() >= 7) {
      try {
        PhoneNumber number = UTIL.parse(trimmed, defaultRegion);
        if (UTIL.isPossibleNumber(number)) {
          digits = UTIL.getNationalSignificantNumber(number);
        }
      } catch (NumberParseException e) {
        // Not a whole number: search by the digits as typed.
      }
    }
    return Optional.of(new StringBuilder(digits).reverse().toString());
  }

  /**
   * The international form for display in a language: {@code +7 912 345-67-89 доб. 12} in Russian,
   * {@code ext. 12} otherwise.
   */
  public static String display(String e164, String extension, Locale locale) {
    String international = display(e164, null);
    if (extension == null || extension.isEmpty()) {
      return international;
    }
    boolean russian = locale != null && "ru".equals(locale.getLanguage());
    return international + (russian ? " доб. " : " ext. ") + extension;
  }

  /** The international form for display, e.g. {@code +7 912 345-67-89}, with the extension. */
  public static String display(String e164, String extension) {
    try {
      PhoneNumber number = UTIL.parse(e164, null);
      if (extension != null && !extension.isEmpty()) {
        number.setExtension(extension);
      }
      return UTIL.format(number, PhoneNumberFormat.INTERNATIONAL);
    } catch (NumberParseException e) {
      return e164;
    }
  }
}
