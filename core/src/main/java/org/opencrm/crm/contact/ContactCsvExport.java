package org.opencrm.crm.contact;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opencrm.crm.platform.customfield.CustomValueStore;
import org.opencrm.crm.platform.export.ExcelCsv;
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

  @Inject ContactRepository contacts;
  @Inject AccessControl access;
  @Inject TenantDatabase db;
  @Inject TenantSettingsService settings;
  @Inject CustomValueStore customValues;

  /** Writes the export; throws before writing anything when the user may not export. */
  public int write(ContactFilter filter, ContactSort sort, Locale locale, OutputStream out)
      throws IOException {
    access.require(Contact.ENTITY, PermissionAction.EXPORT);
    ZoneId zone = ZoneId.of(settings.current().getTimeZone());
    DateTimeFormatter dates = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(zone);
    CustomValueStore.ExportColumns custom = customValues.exportColumns(Contact.ENTITY, locale);
    List<String> headers =
        new ArrayList<>(
            Stream.of(
                    "export.contact.id",
                    "contact.lastName",
                    "contact.firstName",
                    "contact.middleName",
                    "contact.phones",
                    "contact.emails",
                    "contact.owner",
                    "contact.notes",
                    "contact.createdAt")
                .map(key -> Messages.get(locale, key))
                .toList());
    headers.addAll(custom.headers());
    ExcelCsv csv = ExcelCsv.start(out, headers);
    int written = 0;
    ContactCursor cursor = null;
    while (true) {
      ContactPage page = contacts.page(filter, sort, cursor, 0, BATCH, PermissionAction.EXPORT);
      custom.read(page.rows().stream().map(Contact::getId).toList());
      for (Contact c : page.rows()) {
        List<Object> cells = new ArrayList<>();
        Collections.addAll(
            cells,
            c.getId(),
            c.getLastName(),
            c.getFirstName(),
            c.getMiddleName(),
            c.getPhones().stream()
                .map(p -> PhoneNumbers.display(p.getE164(), p.getExtension(), locale))
                .collect(Collectors.joining(", ")),
            c.getEmails().stream().map(ContactEmail::getAddress).collect(Collectors.joining(", ")),
            c.getOwner().getFullName(),
            c.getNotes(),
            dates.format(c.getCreatedAt()));
        cells.addAll(custom.cells(c.getId()));
        csv.row(cells.toArray());
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
}
