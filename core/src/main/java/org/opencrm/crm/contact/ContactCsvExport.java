package org.opencrm.crm.contact;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opencrm.crm.platform.i18n.Messages;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.phone.PhoneNumbers;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.settings.TenantSettingsService;

/**
 * Writes the filtered contact list as a CSV file that Excel opens correctly: UTF-8 with a byte
 * order mark, semicolons, CRLF. Rows come through the permission layer with the export action, in
 * batches by keys, so a large list never sits in memory. Cells that a spreadsheet would run as a
 * formula are neutralised.
 */
@RequestScoped
public class ContactCsvExport {

  private static final int BATCH = 500;
  private static final Pattern PHONES =
      Pattern.compile(
          "\\+\\d[\\d ()\\-]*( (ext|доб)\\. \\d+)?(, \\+\\d[\\d ()\\-]*( (ext|доб)\\. \\d+)?)*");

  @Inject ContactRepository contacts;
  @Inject AccessControl access;
  @Inject TenantDatabase db;
  @Inject TenantSettingsService settings;

  /** Writes the export; throws before writing anything when the user may not export. */
  public int write(ContactFilter filter, ContactSort sort, Locale locale, OutputStream out)
      throws IOException {
    access.require(Contact.ENTITY, PermissionAction.EXPORT);
    ZoneId zone = ZoneId.of(settings.current().getTimeZone());
    DateTimeFormatter dates = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(zone);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
    CSVPrinter csv = new CSVPrinter(writer, format);
    csv.printRecord(
        List.of(
                "export.contact.id",
                "contact.lastName",
                "contact.firstName",
                "contact.middleName",
                "contact.phones",
                "contact.emails",
                "contact.owner",
                "contact.notes",
                "contact.createdAt")
            .stream()
            .map(key -> Messages.get(locale, key))
            .toList());
    int written = 0;
    ContactCursor cursor = null;
    while (true) {
      ContactPage page = contacts.page(filter, sort, cursor, 0, BATCH, PermissionAction.EXPORT);
      for (Contact c : page.rows()) {
        csv.printRecord(
            c.getId(),
            safe(c.getLastName()),
            safe(c.getFirstName()),
            safe(c.getMiddleName()),
            safe(
                c.getPhones().stream()
                    .map(p -> PhoneNumbers.display(p.getE164(), p.getExtension(), locale))
                    .collect(Collectors.joining(", "))),
            safe(
                c.getEmails().stream()
                    .map(ContactEmail::getAddress)
                    .collect(Collectors.joining(", "))),
            safe(c.getOwner().getFullName()),
            safe(c.getNotes()),
            dates.format(c.getCreatedAt()));
        written++;
      }
      if (!page.hasMore() || page.rows().isEmpty()) {
        break;
      }
      cursor = ContactCursor.after(page.rows().get(page.rows().size() - 1));
      db.em().clear();
    }
    csv.flush();
    return written;
  }

  /**
   * Neutralises a cell a spreadsheet would evaluate: text starting with {@code = @ TAB CR}, or with
   * {@code -}, or with {@code +} unless it is a list of phone numbers,, gets a leading apostrophe.
   */
  public static String safe(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    boolean risky =
        first == '='
            || first == '@'
            || first == '\t'
            || first == '\r'
            || first == '-'
            || (first == '+' && !PHONES.matcher(value).matches());
    return risky ? "'" + value : value;
  }
}
