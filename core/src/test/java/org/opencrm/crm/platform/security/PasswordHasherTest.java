package org.opencrm.crm.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  @Test
  void matchesOnlyTheRightPassword() {
    String hash = PasswordHasher.hash("пароль-123", 1000);
    assertTrue(PasswordHasher.matches("пароль-123", hash));
    assertFalse(PasswordHasher.matches("пароль-124", hash));
    assertFalse(PasswordHasher.matches(null, hash));
    assertFalse(PasswordHasher.matches("x", "garbage"));
  }

  @Test
  void saltsEveryHash() {
    assertNotEquals(PasswordHasher.hash("same", 1000), PasswordHasher.hash("same", 1000));
  }

  @Test
  void productionCostFollowsOwaspAdvice() {
    assertTrue(PasswordHasher.hash("x").startsWith("pbkdf2-sha256:600000:"));
  }
}
