package org.opencrm.crm.web.product;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opencrm.crm.platform.settings.TenantSettingsService;
import org.opencrm.crm.product.ProductCategories;
import org.opencrm.crm.product.VatRate;
import org.opencrm.crm.web.i18n.Texts;

/**
 * What the product screens share: money in the user's language, VAT rates by name, the categories
 * to choose from or filter by, and today in the tenant's time zone.
 */
@Named
@RequestScoped
public class ProductFormats {

  @Inject Texts texts;
  @Inject TenantSettingsService settings;
  @Inject ProductCategories categories;

  /** A price with its currency: {@code 1 234,50 ₽}, {@code $1,234.50}. */
  public String money(BigDecimal amount, String currency) {
    if (amount == null) {
      return "";
    }
    NumberFormat f = NumberFormat.getCurrencyInstance(texts.locale());
    try {
      f.setCurrency(Currency.getInstance(currency));
    } catch (IllegalArgumentException | NullPointerException e) {
      return amount.toPlainString() + " " + currency;
    }
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return f.format(amount);
  }

  /** A rate by name; "none applies" for no rate. */
  public String vat(VatRate rate) {
    return rate == null ? texts.get("product.vat.notSet") : texts.get("vat." + rate.name());
  }

  /** Every rate, named, for choices. */
  public Map<String, VatRate> getRates() {
    Map<String, VatRate> rates = new LinkedHashMap<>();
    for (VatRate r : VatRate.values()) {
      rates.put(texts.get("vat." + r.name()), r);
    }
    return rates;
  }

  /** The categories a product may be given: not archived, plus the one it has. */
  public Map<String, Long> categories(Long current) {
    Map<String, Long> options = new LinkedHashMap<>();
    categories.choices(current).forEach(c -> options.put(c.getName(), c.getId()));
    return options;
  }

  /** Every category, archived ones marked: filters find products that still hold them. */
  public Map<String, Long> getAllCategories() {
    Map<String, Long> options = new LinkedHashMap<>();
    categories
        .all()
        .forEach(
            c ->
                options.put(
                    c.isArchived()
                        ? c.getName() + " (" + texts.get("reference.archived") + ")"
                        : c.getName(),
                    c.getId()));
    return options;
  }

  public LocalDate today() {
    return LocalDate.now(ZoneId.of(settings.current().getTimeZone()));
  }
}
