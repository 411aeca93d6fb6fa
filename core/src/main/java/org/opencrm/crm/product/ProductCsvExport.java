package org.opencrm.crm.product;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.opencrm.crm.platform.export.ExcelCsv;
import org.opencrm.crm.platform.i18n.Messages;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.settings.TenantSettingsService;

/**
 * Writes the filtered product list as Excel CSV, with the VAT rate applying today. Rows come
 * through the permission layer with the export action, in batches by keys, so a large catalogue
 * never sits in memory. The columns are those an import will read back.
 */
@RequestScoped
public class ProductCsvExport {

  private static final int BATCH = 500;

  @Inject ProductRepository products;
  @Inject AccessControl access;
  @Inject TenantDatabase db;
  @Inject TenantSettingsService settings;

  /** Writes the export; throws before writing anything when the user may not export. */
  public int write(ProductFilter filter, Locale locale, OutputStream out) throws IOException {
    access.require(Product.ENTITY, PermissionAction.EXPORT);
    ZoneId zone = ZoneId.of(settings.current().getTimeZone());
    DateTimeFormatter dates = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(zone);
    LocalDate today = LocalDate.now(zone);
    NumberFormat money = NumberFormat.getNumberInstance(locale);
    money.setMinimumFractionDigits(2);
    money.setMaximumFractionDigits(2);
    money.setGroupingUsed(false);
    ExcelCsv csv =
        ExcelCsv.start(
            out,
            locale,
            List.of(
                "export.contact.id",
                "product.name",
                "product.sku",
                "product.unit",
                "product.price",
                "product.currency",
                "product.vatRate",
                "product.category",
                "product.archived",
                "product.description",
                "contact.owner",
                "contact.createdAt"));
    int written = 0;
    ProductRepository.Cursor cursor = null;
    while (true) {
      ProductRepository.Page page =
          products.page(filter, cursor, 0, BATCH, PermissionAction.EXPORT);
      for (Product p : page.rows()) {
        csv.row(
            p.getId(),
            p.getName(),
            p.getSku(),
            p.getUnit(),
            money.format(p.getPrice()),
            p.getCurrency(),
            p.rateOn(today).map(r -> Messages.get(locale, "vat." + r.name())).orElse(""),
            p.getCategory() == null ? "" : p.getCategory().getName(),
            p.isArchived() ? Messages.get(locale, "product.archived.mark") : "",
            p.getDescription(),
            p.getOwner().getFullName(),
            dates.format(p.getCreatedAt()));
        written++;
      }
      if (!page.more() || page.rows().isEmpty()) {
        break;
      }
      cursor = ProductRepository.Cursor.after(page.rows().get(page.rows().size() - 1));
      db.em().clear();
    }
    csv.flush();
    return written;
  }
}
