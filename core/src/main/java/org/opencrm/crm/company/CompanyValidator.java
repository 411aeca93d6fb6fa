package org.opencrm.crm.company;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.opencrm.crm.platform.channel.ChannelChecks;
import org.opencrm.crm.platform.channel.ChannelChecks.CleanEmail;
import org.opencrm.crm.platform.channel.ChannelChecks.CleanPhone;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * Checks a company draft: a name (taken from the requisites' short or full name when left empty),
 * phones, e-mails, a website address and every requisite set. Reports every problem at once, keyed
 * by field.
 */
public final class CompanyValidator {

  public static final int MAX_NAME = 255;
  public static final int MAX_NOTES = 10_000;

  private static final Pattern WEBSITE = Pattern.compile("(https?://)?[^\\s/?#]+\\.[^\\s]+");

  /** The checked values of a draft; empty texts are null. */
  public record CleanCompany(
      String name,
      String website,
      String notes,
      List<CleanPhone> phones,
      List<CleanEmail> emails,
      List<RequisiteChecks.CleanRequisites> requisites) {}

  private CompanyValidator() {}

  public static CleanCompany validate(CompanyDraft draft, String phoneRegion) {
    List<FieldError> errors = new ArrayList<>();
    String name = ChannelChecks.clean(draft.getName()).replaceAll("\\s+", " ");
    if (name.length() > MAX_NAME) {
      errors.add(FieldError.of("name", "field.tooLong", MAX_NAME));
    }
    String website = ChannelChecks.clean(draft.getWebsite());
    if (!website.isEmpty() && (website.length() > 255 || !WEBSITE.matcher(website).matches())) {
      errors.add(FieldError.of("website", "company.website.invalid"));
    }
    String notes = ChannelChecks.clean(draft.getNotes());
    if (notes.length() > MAX_NOTES) {
      errors.add(FieldError.of("notes", "field.tooLong", MAX_NOTES));
    }
    List<CleanPhone> phones = ChannelChecks.phones(draft.getPhones(), phoneRegion, errors);
    List<CleanEmail> emails = ChannelChecks.emails(draft.getEmails(), errors);
    List<RequisiteChecks.CleanRequisites> requisites =
        RequisiteChecks.check(draft.getRequisites(), errors);
    if (name.isEmpty() && !requisites.isEmpty()) {
      RequisiteChecks.CleanRequisites main = requisites.get(0);
      String fromRequisites = main.shortName() != null ? main.shortName() : main.fullName();
      name = fromRequisites == null ? "" : fromRequisites;
      if (name.length() > MAX_NAME) {
        name = name.substring(0, MAX_NAME);
      }
    }
    if (name.isEmpty()) {
      errors.add(FieldError.of("name", "company.name.required"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return new CleanCompany(
        name,
        website.isEmpty() ? null : website,
        notes.isEmpty() ? null : notes,
        phones,
        emails,
        requisites);
  }
}
