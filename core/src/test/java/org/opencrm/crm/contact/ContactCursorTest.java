package org.opencrm.crm.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContactCursorTest {

  private final ContactCursor cursor =
      new ContactCursor("Иванова", null, Instant.parse("2026-12-03T10:15:30.123456Z"), 42L);

  @Test
  void aTokenLeadsBackToTheSamePosition() {
    String token = cursor.encode(ContactSort.NAME_ASC);
    assertTrue(token.matches("[A-Za-z0-9_-]+"), "fits a URL as it is: " + token);
    assertEquals(cursor, ContactCursor.decode(token, ContactSort.NAME_ASC).orElseThrow());
  }

  @Test
  void aTokenOfAnotherOrderOrDamagedIsRefused() {
    String token = cursor.encode(ContactSort.NAME_ASC);
    assertTrue(ContactCursor.decode(token, ContactSort.CREATED_DESC).isEmpty());
    assertTrue(ContactCursor.decode(token.substring(3), ContactSort.NAME_ASC).isEmpty());
    assertTrue(ContactCursor.decode("!!!", ContactSort.NAME_ASC).isEmpty());
    assertTrue(ContactCursor.decode("e30", ContactSort.NAME_ASC).isEmpty(), "{} is no cursor");
    assertTrue(ContactCursor.decode("", ContactSort.NAME_ASC).isEmpty());
  }
}
