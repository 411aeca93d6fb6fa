package org.opencrm.crm.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.platform.channel.EmailKind;
import org.opencrm.crm.platform.channel.EmailLine;
import org.opencrm.crm.platform.channel.PhoneKind;
import org.opencrm.crm.platform.channel.PhoneLine;
import org.opencrm.crm.platform.i18n.Messages;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

class ContactValidatorTest {

  private static ContactDraft draft(String last, String first) {
    ContactDraft d = new ContactDraft();
    d.setLastName(last);
    d.setFirstName(first);
    return d;
  }

  private static List<FieldError> errorsOf(ContactDraft d) {
    return assertThrows(ValidationException.class, () -> ContactValidator.validate(d, "RU"))
        .errors();
  }

  @Test
  void requiresALastOrFirstName() {
    List<FieldError> errors = errorsOf(draft("  ", ""));
    assertEquals(List.of(FieldError.of("lastName", "contact.name.required")), errors);
  }

  @Test
  void refusesOverlongNames() {
    List<FieldError> errors = errorsOf(draft("Я".repeat(100_000), "Иван"));
    assertEquals(List.of(FieldError.of("lastName", "field.tooLong", 100)), errors);
  }

  @Test
  void reportsEveryBadPhoneAndEmailByPosition() {
    ContactDraft d = draft("Иванов", "Иван");
    d.getPhones().add(new PhoneLine(PhoneKind.MOBILE, "+7 912 345-67-89"));
    d.getPhones().add(new PhoneLine(PhoneKind.WORK, "позвоните мне"));
    d.getPhones().add(new PhoneLine(PhoneKind.HOME, "8 912 345 67 89"));
    d.getEmails().add(new EmailLine(EmailKind.WORK, "ivanov@"));
    List<FieldError> errors = errorsOf(d);
    assertEquals(
        List.of(
            FieldError.of("phones[1]", "phone.invalid"),
            FieldError.of("phones[2]", "phone.duplicate"),
            FieldError.of("emails[0]", "email.invalid")),
        errors);
  }

  @Test
  void cleansValidInput() {
    ContactDraft d = draft("  Иванов ", "Иван\u0000");
    d.getPhones().add(new PhoneLine(PhoneKind.MOBILE, "8 (912) 345-67-89"));
    d.getPhones().add(new PhoneLine(PhoneKind.WORK, " "));
    d.getEmails().add(new EmailLine(EmailKind.WORK, "Ivan.Ivanov@Example.RU"));
    d.getEmails().add(new EmailLine(EmailKind.PERSONAL, "иван@почта.рф"));
    ContactValidator.CleanContact clean = ContactValidator.validate(d, "RU");
    assertEquals("Иванов", clean.lastName());
    assertEquals("Иван", clean.firstName());
    assertEquals(1, clean.phones().size());
    assertEquals("+79123456789", clean.phones().get(0).e164());
    assertEquals("8 (912) 345-67-89", clean.phones().get(0).raw());
    assertEquals("ivan.ivanov@example.ru", clean.emails().get(0).address());
    assertEquals("иван@почта.рф", clean.emails().get(1).address());
  }

  @Test
  void messagesExistInBothLanguages() {
    for (String key :
        List.of(
            "contact.name.required",
            "field.tooLong",
            "phone.invalid",
            "phone.duplicate",
            "email.invalid",
            "phone.tooLong")) {
      String ru = Messages.get(Messages.RUSSIAN, key, 100);
      String en = Messages.get(java.util.Locale.ENGLISH, key, 100);
      assertEquals(false, ru.equals(key), key);
      assertEquals(false, en.equals(key), key);
      assertEquals(false, ru.equals(en), key);
    }
    assertEquals("Не длиннее 100 символов.", Messages.get(Messages.RUSSIAN, "field.tooLong", 100));
    assertEquals(
        "At most 100 characters.", Messages.get(java.util.Locale.ENGLISH, "field.tooLong", 100));
  }

  @Test
  void csvCellsThatWouldRunAsFormulasAreNeutralised() {
    assertEquals(
        "'=HYPERLINK(\"http://x\")",
        org.opencrm.crm.platform.export.ExcelCsv.safe("=HYPERLINK(\"http://x\")"));
    assertEquals("'@SUM(A1)", org.opencrm.crm.platform.export.ExcelCsv.safe("@SUM(A1)"));
    assertEquals(
        "'+cmd|' /C calc'!A0", org.opencrm.crm.platform.export.ExcelCsv.safe("+cmd|' /C calc'!A0"));
    assertEquals("'-2+3", org.opencrm.crm.platform.export.ExcelCsv.safe("-2+3"));
    assertEquals(
        "+7 912 345-67-89", org.opencrm.crm.platform.export.ExcelCsv.safe("+7 912 345-67-89"));
    assertEquals(
        "+7 912 345-67-89, +7 495 123-45-67 ext. 12",
        org.opencrm.crm.platform.export.ExcelCsv.safe(
            "+7 912 345-67-89, +7 495 123-45-67 ext. 12"));
    assertEquals("'+1+1", org.opencrm.crm.platform.export.ExcelCsv.safe("+1+1"));
    assertEquals(
        "<script>alert(1)</script>",
        org.opencrm.crm.platform.export.ExcelCsv.safe("<script>alert(1)</script>"));
    assertEquals("", org.opencrm.crm.platform.export.ExcelCsv.safe(null));
  }
}
