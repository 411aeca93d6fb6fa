package org.opencrm.crm.platform.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8-912-345-67-89",
        "8 (912) 345-67-89",
        "+7 912 345 67 89",
        "+79123456789",
        "912 345-67-89",
        "9123456789",
        "7 912 345 67 89"
      })
  void russianMobileInAnyFormatIsOneE164Number(String raw) {
    ParsedPhone parsed = PhoneNumbers.parse(raw, "RU");
    assertTrue(parsed.valid(), raw);
    assertEquals("+79123456789", parsed.e164());
    assertEquals("RU", parsed.region());
    assertNull(parsed.extension());
  }

  @Test
  void keepsTheExtensionApart() {
    ParsedPhone parsed = PhoneNumbers.parse("+7 495 123-45-67 доб. 123", "RU");
    assertTrue(parsed.valid());
    assertEquals("+74951234567", parsed.e164());
    assertEquals("123", parsed.extension());

    ParsedPhone english = PhoneNumbers.parse("8 (495) 123-45-67 ext. 45", "RU");
    assertEquals("+74951234567", english.e164());
    assertEquals("45", english.extension());
  }

  @Test
  void kazakhNumberSharesCountryCodeSevenButIsKazakh() {
    ParsedPhone parsed = PhoneNumbers.parse("+7 701 234 56 78", "RU");
    assertTrue(parsed.valid());
    assertEquals("+77012345678", parsed.e164());
    assertEquals("KZ", parsed.region());

    ParsedPhone national = PhoneNumbers.parse("8 701 234 56 78", "RU");
    assertEquals("+77012345678", national.e164());
    assertEquals("KZ", national.region());
  }

  @Test
  void readsNumbersWithoutCountryCodeInTheTenantsRegion() {
    assertEquals("+77012345678", PhoneNumbers.parse("701 234 56 78", "KZ").e164());
    assertEquals("+4930123456", PhoneNumbers.parse("030 123456", "DE").e164());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "123",
        "abc",
        "+7 912 ABC 67 89",
        "8-800",
        "позвонить завтра",
        "+7 000 000 00 00"
      })
  void refusesWhatIsNotAPhoneNumber(String raw) {
    ParsedPhone parsed = PhoneNumbers.parse(raw, "RU");
    assertFalse(parsed.valid(), raw);
    assertTrue(parsed.problemKey().startsWith("phone."));
  }

  @Test
  void refusesOverlongInput() {
    assertEquals("phone.tooLong", PhoneNumbers.parse("9".repeat(65), "RU").problemKey());
  }

  @Test
  void searchKeyOfAWholeNumberIgnoresCountryCodeAndTrunkPrefix() {
    String stored = PhoneNumbers.reversedDigits("+79123456789");
    for (String typed : new String[] {"8 912 345-67-89", "+7 (912) 345 67 89", "9123456789"}) {
      Optional<String> key = PhoneNumbers.searchKey(typed, "RU");
      assertTrue(key.isPresent(), typed);
      assertTrue(stored.startsWith(key.get()), typed + " -> " + key.get());
    }
  }

  @Test
  void searchKeyOfAFragmentMatchesTheLastDigits() {
    String stored = PhoneNumbers.reversedDigits("+79123456789");
    assertTrue(stored.startsWith(PhoneNumbers.searchKey("6789", "RU").orElseThrow()));
    assertTrue(stored.startsWith(PhoneNumbers.searchKey("67-89", "RU").orElseThrow()));
    assertFalse(stored.startsWith(PhoneNumbers.searchKey("6788", "RU").orElseThrow()));
  }

  @Test
  void searchKeyIgnoresTextAndTooShortInput() {
    assertTrue(PhoneNumbers.searchKey("Иванов", "RU").isEmpty());
    assertTrue(PhoneNumbers.searchKey("12", "RU").isEmpty());
    assertTrue(PhoneNumbers.searchKey(null, "RU").isEmpty());
  }

  @Test
  void displaysInInternationalFormat() {
    assertEquals("+7 912 345-67-89", PhoneNumbers.display("+79123456789", null));
    assertEquals("+7 495 123-45-67 ext. 12", PhoneNumbers.display("+74951234567", "12"));
  }
}
