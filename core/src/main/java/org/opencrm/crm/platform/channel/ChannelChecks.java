package org.opencrm.crm.platform.channel;

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

/**
 * Checks phone and e-mail lines: phones parsed to E.164 in the tenant's region, e-mails in lower
 * case, empty lines dropped, repeats refused. Problems are added to the caller's list keyed by line
 * ({@code phones[2]}), so every message stands next to its line.
 */
public final class ChannelChecks {

  /** Most phone or e-mail lines one record holds. */
  public static final int MAX_LINES = 20;

  /** Control characters (but line breaks and tabs) and invisible format characters. */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\r\\n\\t]]");

  /** A parsed phone line. */
  public record CleanPhone(PhoneKind kind, String raw, String e164, String extension) {}

  /** A checked e-mail line. */
  public record CleanEmail(EmailKind kind, String address) {}

  private ChannelChecks() {}

  public static List<CleanPhone> phones(
      List<PhoneLine> lines, String phoneRegion, List<FieldError> errors) {
    List<CleanPhone> phones = new ArrayList<>();
    List<PhoneLine> given = lines == null ? List.of() : lines;
    if (given.size() > MAX_LINES) {
      errors.add(FieldError.of("phones", "field.tooMany", MAX_LINES));
      return phones;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < given.size(); i++) {
      PhoneLine line = given.get(i);
      String raw = clean(line.getNumber());
      if (raw.isEmpty()) {
        continue;
      }
      ParsedPhone parsed = PhoneNumbers.parse(raw, phoneRegion);
      String field = "phones[" + i + "]";
      if (!parsed.valid()) {
        errors.add(FieldError.of(field, parsed.problemKey()));
      } else if (!seen.add(parsed.e164() + "/" + parsed.extension())) {
        errors.add(FieldError.of(field, "phone.duplicate"));
      } else {
        PhoneKind kind = line.getKind() == null ? PhoneKind.OTHER : line.getKind();
        phones.add(new CleanPhone(kind, raw, parsed.e164(), parsed.extension()));
      }
    }
    return phones;
  }

  public static List<CleanEmail> emails(List<EmailLine> lines, List<FieldError> errors) {
    List<CleanEmail> emails = new ArrayList<>();
    List<EmailLine> given = lines == null ? List.of() : lines;
    if (given.size() > MAX_LINES) {
      errors.add(FieldError.of("emails", "field.tooMany", MAX_LINES));
      return emails;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < given.size(); i++) {
      EmailLine line = given.get(i);
      String address = clean(line.getAddress()).toLowerCase(Locale.ROOT);
      if (address.isEmpty()) {
        continue;
      }
      String field = "emails[" + i + "]";
      if (!EmailAddresses.isValid(address)) {
        errors.add(FieldError.of(field, "email.invalid"));
      } else if (!seen.add(address)) {
        errors.add(FieldError.of(field, "email.duplicate"));
      } else {
        EmailKind kind = line.getKind() == null ? EmailKind.OTHER : line.getKind();
        emails.add(new CleanEmail(kind, address));
      }
    }
    return emails;
  }

  /** Stored phones hold the same numbers as the checked lines (how they were typed aside). */
  public static boolean samePhones(List<? extends StoredPhone> stored, List<CleanPhone> asked) {
    if (stored.size() != asked.size()) {
      return false;
    }
    for (int i = 0; i < stored.size(); i++) {
      StoredPhone now = stored.get(i);
      CleanPhone wanted = asked.get(i);
      if (now.getKind() != wanted.kind()
          || !now.getE164().equals(wanted.e164())
          || !java.util.Objects.equals(now.getExtension(), wanted.extension())) {
        return false;
      }
    }
    return true;
  }

  public static boolean sameEmails(List<? extends StoredEmail> stored, List<CleanEmail> asked) {
    if (stored.size() != asked.size()) {
      return false;
    }
    for (int i = 0; i < stored.size(); i++) {
      if (stored.get(i).getKind() != asked.get(i).kind()
          || !stored.get(i).getAddress().equals(asked.get(i).address())) {
        return false;
      }
    }
    return true;
  }

  /** Text without control and invisible characters, stripped. */
  public static String clean(String value) {
    return value == null ? "" : CONTROL.matcher(value).replaceAll("").strip();
  }
}
