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

    List<CleanPhone> phones = ChannelChecks.phones(draft.getPhones(), phoneRegion, errors);
    List<CleanEmail> emails = ChannelChecks.emails(draft.getEmails(), errors);
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
    return ChannelChecks.clean(value);
  }

  private static boolean hasError(List<FieldError> errors, String... fields) {
    return errors.stream().anyMatch(e -> List.of(fields).contains(e.field()));
  }
}
