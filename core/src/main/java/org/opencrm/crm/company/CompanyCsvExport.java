package org.opencrm.crm.company;

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
import org.opencrm.crm.reference.ReferenceItem;

/**
 * Writes the filtered company list as Excel CSV with the main requisites. Rows come through the
 * permission layer with the export action, in batches by keys, so a large list never sits in
 * memory.
 */
@RequestScoped
public class CompanyCsvExport {

  private static final int BATCH = 500;

  @Inject CompanyRepository companies;
  @Inject AccessControl access;
  @Inject TenantDatabase db;
  @Inject TenantSettingsService settings;
  @Inject CustomValueStore customValues;

  /** Writes the export; throws before writing anything when the user may not export. */
  public int write(CompanyFilter filter, Locale locale, OutputStream out) throws IOException {
    access.require(Company.ENTITY, PermissionAction.EXPORT);
    DateTimeFormatter dates =
        DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.of(settings.current().getTimeZone()));
    CustomValueStore.ExportColumns custom = customValues.exportColumns(Company.ENTITY, locale);
    List<String> headers =
        new ArrayList<>(
            Stream.of(
                    "export.contact.id",
                    "company.name",
                    "company.fullName",
                    "company.inn",
                    "company.kpp",
                    "company.ogrn",
                    "company.legalAddress",
                    "company.directorName",
                    "contact.phones",
                    "contact.emails",
                    "company.website",
                    "reference.field.type",
                    "reference.field.status",
                    "reference.field.category",
                    "reference.field.source",
                    "reference.field.activity",
                    "contact.owner",
                    "contact.createdAt")
                .map(key -> Messages.get(locale, key))
                .toList());
    headers.addAll(custom.headers());
    ExcelCsv csv = ExcelCsv.start(out, headers);
    int written = 0;
    CompanyRepository.Cursor cursor = null;
    while (true) {
      CompanyRepository.Page page =
          companies.page(filter, cursor, 0, BATCH, PermissionAction.EXPORT);
      custom.read(page.rows().stream().map(Company::getId).toList());
      for (Company c : page.rows()) {
        RequisiteSet main = c.getMainRequisites();
        List<Object> cells = new ArrayList<>();
        Collections.addAll(
            cells,
            c.getId(),
            c.getName(),
            main == null ? "" : main.getFullName(),
            main == null ? "" : main.getInn(),
            main == null ? "" : main.getKpp(),
            main == null ? "" : main.getOgrn(),
            main == null ? "" : main.getLegalAddress(),
            main == null ? "" : main.getDirectorName(),
            c.getPhones().stream()
                .map(p -> PhoneNumbers.display(p.getE164(), p.getExtension(), locale))
                .collect(Collectors.joining(", ")),
            c.getEmails().stream().map(CompanyEmail::getAddress).collect(Collectors.joining(", ")),
            c.getWebsite(),
            name(c.getClassification().getType()),
            name(c.getClassification().getStatus()),
            name(c.getClassification().getCategory()),
            name(c.getClassification().getSource()),
            name(c.getActivity()),
            c.getOwner().getFullName(),
            dates.format(c.getCreatedAt()));
        cells.addAll(custom.cells(c.getId()));
        csv.row(cells.toArray());
        written++;
      }
      if (!page.more() || page.rows().isEmpty()) {
        break;
      }
      cursor = CompanyRepository.Cursor.after(page.rows().get(page.rows().size() - 1));
      db.em().clear();
    }
    csv.flush();
    return written;
  }

  private static String name(ReferenceItem item) {
    return item == null ? "" : item.getName();
  }
}
