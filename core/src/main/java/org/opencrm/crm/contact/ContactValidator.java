package org.opencrm.crm.contact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.opencrm.crm.platform.phone.ParsedPhone;
import org.opencrm.crm.platform.phone.PhoneNumbers;
import org.opencrm.crm.platform.validation.EmailAddresses;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * Checks a contact draft and turns it into clean values: trimmed names, phones in E.164, e-mails in
 * lower case. Reports every problem at once, keyed by field, so each message can stand next to its
 * field.
 */
public final class ContactValidator {

  public static final int MAX_NAME = 100;
  public static final int MAX_NOTES = 10_000;
  public static final int MAX_LINES = 20;

  /** Control characters (but line breaks and tabs) and invisible format characters. */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\r\\n\\t]]");

  /** A parsed phone line. */
  public record CleanPhone(PhoneKind kind, String raw, String e164, String extension) {}

  /** A checked e-mail line. */
  public record CleanEmail(EmailKind kind, String address) {}

  /** The checked values of a draft. */
  public record CleanContact(
      String lastName,
      String firstName,
      String middleName,
      String notes,
      List<CleanPhone> phones,
      List<CleanEmail> emails) {}

  private ContactValidator() {}

  public static CleanContact validate(ContactDraft draft, String phoneRegion) {
    List<FieldError> errors = new ArrayList<>();
    String last = name(draft.getLastName(), "lastName", errors);
    String first = name(draft.getFirstName(), "firstName", errors);
    String middle = name(draft.getMiddleName(), "middleName", errors);
    if (last.isEmpty() && first.isEmpty() && !hasError(errors, "lastName", "firstName")) {
      errors.add(FieldError.of("lastName", "contact.name.required"));
    }
    String notes = clean(draft.getNotes());
    if (notes.length() > MAX_NOTES) {
      errors.add(FieldError.of("notes", "field.tooLong", MAX_NOTES));
    }

    List<CleanPhone> phones = new ArrayList<>();
    Set<String> seenPhones = new HashSet<>();
    List<ContactDraft.PhoneLine> phoneLines = nonNull(draft.getPhones());
    if (phoneLines.size() > MAX_LINES) {
      errors.add(FieldError.of("phones", "field.tooMany", MAX_LINES));
    } else {
      for (int i = 0; i < phoneLines.size(); i++) {
        ContactDraft.PhoneLine line = phoneLines.get(i);
        String raw = clean(line.getNumber());
        if (raw.isEmpty()) {
          continue;
        }
        ParsedPhone parsed = PhoneNumbers.parse(raw, phoneRegion);
        String field = "phones[" + i + "]";
        if (!parsed.valid()) {
          errors.add(FieldError.of(field, parsed.problemKey()));
        } else if (!seenPhones.add(parsed.e164() + "/" + parsed.extension())) {
          errors.add(FieldError.of(field, "phone.duplicate"));
        } else {
          PhoneKind kind = line.getKind() == null ? PhoneKind.OTHER : line.getKind();
          phones.add(new CleanPhone(kind, raw, parsed.e164(), parsed.extension()));
        }
      }
    }

    List<CleanEmail> emails = new ArrayList<>();
    Set<String> seenEmails = new HashSet<>();
    List<ContactDraft.EmailLine> emailLines = nonNull(draft.getEmails());
    if (emailLines.size() > MAX_LINES) {
      errors.add(FieldError.of("emails", "field.tooMany", MAX_LINES));
    } else {
      for (int i = 0; i < emailLines.size(); i++) {
        ContactDraft.EmailLine line = emailLines.get(i);
        String address = clean(line.getAddress()).toLowerCase(Locale.ROOT);
        if (address.isEmpty()) {
          continue;
        }
        String field = "emails[" + i + "]";
        if (!EmailAddresses.isValid(address)) {
          errors.add(FieldError.of(field, "email.invalid"));
        } else if (!seenEmails.add(address)) {
          errors.add(FieldError.of(field, "email.duplicate"));
        } else {
          EmailKind kind = line.getKind() == null ? EmailKind.OTHER : line.getKind();
          emails.add(new CleanEmail(kind, address));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return new CleanContact(last, first, middle, notes, phones, emails);
  }

  private static String name(String value, String field, List<FieldError> errors) {
    String cleaned = clean(value).replaceAll("\\s+", " ");
    if (cleaned.length() > MAX_NAME) {
      errors.add(FieldError.of(field, "field.tooLong", MAX_NAME));
    }
    return cleaned;
  }

  private static String clean(String value) {
    return value == null ? "" : CONTROL.matcher(value).replaceAll("").strip();
  }

  private static boolean hasError(List<FieldError> errors, String... fields) {
    return errors.stream().anyMatch(e -> List.of(fields).contains(e.field()));
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }
}
