package org.opencrm.crm.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.platform.validation.FieldError;

class PasswordPolicyTest {

  private static List<String> keys(String password) {
    return PasswordPolicy.problems(password, "ivanova@example.ru", "password").stream()
        .map(FieldError::messageKey)
        .toList();
  }

  @Test
  void tenCharactersWithLettersAndDigitsPass() {
    assertTrue(keys("Zvezda-2026").isEmpty());
    assertTrue(keys("моя ракета 2026").isEmpty(), "a pass phrase with spaces and Cyrillic");
  }

  @Test
  void spacesDoNotCountTowardsTheLength() {
    assertEquals(List.of("password.tooShort"), keys("          1a"));
  }

  @Test
  void lettersAndDigitsAreBothNeeded() {
    assertTrue(keys("onlyletterslong").contains("password.lettersAndDigits"));
    assertTrue(keys("12345678901234").contains("password.lettersAndDigits"));
  }
}
