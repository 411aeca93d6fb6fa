package org.opencrm.crm.contact;

import java.util.ArrayList;
import java.util.List;
import org.opencrm.crm.platform.channel.ChannelChecks;
import org.opencrm.crm.platform.channel.ChannelChecks.CleanEmail;
import org.opencrm.crm.platform.channel.ChannelChecks.CleanPhone;
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

  public static final int MAX_TITLE = 200;
  public static final int MAX_ADDRESS = 1000;
  public static final int MAX_HANDLE = 200;

  /** A checked messenger line. */
  public record CleanMessenger(MessengerKind kind, String handle) {}

  /** The checked values of a draft; empty texts are null. */
  public record CleanContact(
      String lastName,
      String firstName,
      String middleName,
      String notes,
      List<CleanPhone> phones,
      List<CleanEmail> emails,
      java.time.LocalDate birthday,
      String jobTitle,
      String address,
      List<CleanMessenger> messengers) {}

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

    List<CleanPhone> phones = ChannelChecks.phones(draft.getPhones(), phoneRegion, errors);
    List<CleanEmail> emails = ChannelChecks.emails(draft.getEmails(), errors);
    java.time.LocalDate birthday = draft.getBirthday();
    if (birthday != null
        && (birthday.isAfter(java.time.LocalDate.now())
            || birthday.isBefore(java.time.LocalDate.of(1900, 1, 1)))) {
      errors.add(FieldError.of("birthday", "contact.birthday.invalid"));
    }
    String jobTitle = limited(draft.getJobTitle(), MAX_TITLE, "jobTitle", errors);
    String address = limited(draft.getAddress(), MAX_ADDRESS, "address", errors);
    List<CleanMessenger> messengers = new java.util.ArrayList<>();
    List<MessengerLine> lines = draft.getMessengers() == null ? List.of() : draft.getMessengers();
    if (lines.size() > ChannelChecks.MAX_LINES) {
      errors.add(FieldError.of("messengers", "field.tooMany", ChannelChecks.MAX_LINES));
    } else {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (int i = 0; i < lines.size(); i++) {
        String handle = clean(lines.get(i).getHandle());
        MessengerKind kind =
            lines.get(i).getKind() == null ? MessengerKind.OTHER : lines.get(i).getKind();
        if (handle.isEmpty()) {
          continue;
        }
        if (handle.length() > MAX_HANDLE) {
          errors.add(FieldError.of("messengers[" + i + "]", "field.tooLong", MAX_HANDLE));
        } else if (!seen.add(kind + "/" + handle.toLowerCase(java.util.Locale.ROOT))) {
          errors.add(FieldError.of("messengers[" + i + "]", "contact.messenger.duplicate"));
        } else {
          messengers.add(new CleanMessenger(kind, handle));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return new CleanContact(
        last, first, middle, notes, phones, emails, birthday, jobTitle, address, messengers);
  }

  private static String name(String value, String field, List<FieldError> errors) {
    String cleaned = clean(value).replaceAll("\\s+", " ");
    if (cleaned.length() > MAX_NAME) {
      errors.add(FieldError.of(field, "field.tooLong", MAX_NAME));
    }
    return cleaned;
  }

  private static String limited(String value, int max, String field, List<FieldError> errors) {
    String cleaned = clean(value).replaceAll("\\s+", " ");
    if (cleaned.length() > max) {
      errors.add(FieldError.of(field, "field.tooLong", max));
    }
    return cleaned.isEmpty() ? null : cleaned;
  }

  private static String clean(String value) {
    return ChannelChecks.clean(value);
  }

  private static boolean hasError(List<FieldError> errors, String... fields) {
    return errors.stream().anyMatch(e -> List.of(fields).contains(e.field()));
  }
}
