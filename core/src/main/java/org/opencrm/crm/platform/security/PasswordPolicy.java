package org.opencrm.crm.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencrm.crm.platform.validation.FieldError;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, with letters and digits, not
 * the login itself, and not one of the passwords everyone tries first.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 200;

  private static final Set<String> COMMON =
      Set.of(
          "password1234",
          "qwerty123456",
          "1234567890",
          "qwertyuiop1",
          "123456789a",
          "йцукен12345",
          "password123",
          "admin12345",
          "1q2w3e4r5t",
          "qwerty12345");

  private PasswordPolicy() {}

  /** The problems of a new password, each keyed to the given form field; empty when fine. */
  public static List<FieldError> problems(String password, String login, String field) {
    List<FieldError> errors = new ArrayList<>();
    // Spaces are allowed (pass phrases) but do not count towards the length.
    if (password == null
        || password.codePoints().filter(c -> !Character.isWhitespace(c)).count() < MIN_LENGTH) {
      errors.add(FieldError.of(field, "password.tooShort", MIN_LENGTH));
      return errors;
    }
    if (password.length() > MAX_LENGTH) {
      errors.add(FieldError.of(field, "field.tooLong", MAX_LENGTH));
      return errors;
    }
    boolean letter = password.chars().anyMatch(Character::isLetter);
    boolean digit = password.chars().anyMatch(Character::isDigit);
    if (!letter || !digit) {
      errors.add(FieldError.of(field, "password.lettersAndDigits"));
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower)
        || (login != null && !login.isBlank() && lower.contains(login.toLowerCase(Locale.ROOT)))) {
      errors.add(FieldError.of(field, "password.guessable"));
    }
    return errors;
  }
}
