package org.opencrm.crm.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.opencrm.crm.platform.channel.ChannelChecks;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * Checks a product draft: a name, a SKU not used by another product (outside the trash), a unit, a
 * price that is a non-negative amount with at most kopecks, an ISO 4217 currency code, and VAT
 * lines with at most one per day. Reports every problem at once, keyed by field.
 */
public final class ProductValidator {

  public static final int MAX_NAME = 255;
  public static final int MAX_SKU = 64;
  public static final int MAX_UNIT = 20;
  public static final int MAX_DESCRIPTION = 10_000;
  public static final int MAX_VAT_LINES = 20;

  /** Largest price DECIMAL(19,2) holds. */
  static final BigDecimal MAX_PRICE = new BigDecimal("99999999999999999.99");

  private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  /**
   * Who holds a SKU already: the name of that product, an empty text when the user may not see it,
   * or nothing when the SKU is free.
   */
  @FunctionalInterface
  public interface SkuHolders {
    Optional<String> holderOf(String sku);
  }

  /** The checked values of a draft; empty texts are null, VAT periods in date order. */
  public record CleanProduct(
      String name,
      String sku,
      String unit,
      BigDecimal price,
      String currency,
      String description,
      boolean archived,
      List<VatPeriod> vatPeriods) {}

  private ProductValidator() {}

  public static CleanProduct validate(ProductDraft draft, SkuHolders skuHolders) {
    List<FieldError> errors = new ArrayList<>();
    String name = ChannelChecks.clean(draft.getName()).replaceAll("\\s+", " ");
    if (name.isEmpty()) {
      errors.add(FieldError.of("name", "product.name.required"));
    } else if (name.length() > MAX_NAME) {
      errors.add(FieldError.of("name", "field.tooLong", MAX_NAME));
    }
    String sku = ChannelChecks.clean(draft.getSku()).replaceAll("\\s+", " ");
    if (sku.length() > MAX_SKU) {
      errors.add(FieldError.of("sku", "field.tooLong", MAX_SKU));
    } else if (!sku.isEmpty()) {
      skuHolders
          .holderOf(sku)
          .ifPresent(
              holder ->
                  errors.add(
                      holder.isEmpty()
                          ? FieldError.of("sku", "product.sku.takenHidden", sku)
                          : FieldError.of("sku", "product.sku.taken", sku, holder)));
    }
    String unit = ChannelChecks.clean(draft.getUnit()).replaceAll("\\s+", " ");
    if (unit.isEmpty()) {
      errors.add(FieldError.of("unit", "product.unit.required"));
    } else if (unit.length() > MAX_UNIT) {
      errors.add(FieldError.of("unit", "field.tooLong", MAX_UNIT));
    }
    BigDecimal price = price(draft.getPrice(), errors);
    String currency = ChannelChecks.clean(draft.getCurrency()).toUpperCase(Locale.ROOT);
    if (!isCurrency(currency)) {
      errors.add(FieldError.of("currency", "product.currency.invalid", currency));
    }
    String description = ChannelChecks.clean(draft.getDescription());
    if (description.length() > MAX_DESCRIPTION) {
      errors.add(FieldError.of("description", "field.tooLong", MAX_DESCRIPTION));
    }
    List<VatPeriod> periods = periods(draft.getVatRates(), errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return new CleanProduct(
        name,
        sku.isEmpty() ? null : sku,
        unit,
        price,
        currency,
        description.isEmpty() ? null : description,
        draft.isArchived(),
        periods);
  }

  /** Whether the text is an ISO 4217 code Java knows (RUB, USD, EUR, CNY, KZT …). */
  static boolean isCurrency(String code) {
    if (code == null || !CURRENCY.matcher(code).matches()) {
      return false;
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The price as typed: spaces as thousands separators, a comma or a dot; empty is zero. */
  private static BigDecimal price(String typed, List<FieldError> errors) {
    String t =
        ChannelChecks.clean(typed)
            .replaceAll("[\\s\\u00a0\\u202f']", "")
            .replace(',', '.')
            .replace('−', '-');
    if (t.isEmpty()) {
      return BigDecimal.ZERO.setScale(2);
    }
    if (!AMOUNT.matcher(t).matches()) {
      errors.add(FieldError.of("price", "product.price.invalid"));
      return null;
    }
    BigDecimal price = new BigDecimal(t);
    if (price.signum() < 0) {
      errors.add(FieldError.of("price", "product.price.negative"));
      return null;
    }
    if (price.stripTrailingZeros().scale() > 2) {
      errors.add(FieldError.of("price", "product.price.kopecks"));
      return null;
    }
    if (price.compareTo(MAX_PRICE) > 0) {
      errors.add(FieldError.of("price", "product.price.tooLarge"));
      return null;
    }
    return price.setScale(2);
  }

  private static List<VatPeriod> periods(List<VatRateLine> lines, List<FieldError> errors) {
    List<VatPeriod> periods = new ArrayList<>();
    if (lines == null || lines.isEmpty()) {
      errors.add(FieldError.of("vatRates", "product.vat.required"));
      return periods;
    }
    if (lines.size() > MAX_VAT_LINES) {
      errors.add(FieldError.of("vatRates", "product.vat.tooMany", MAX_VAT_LINES));
      return periods;
    }
    Set<Object> days = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      VatRateLine line = lines.get(i);
      if (line.getRate() == null) {
        errors.add(FieldError.of("vatRates[" + i + "].rate", "product.vat.rateRequired"));
        continue;
      }
      Object day = line.getAppliesFrom() == null ? "start" : line.getAppliesFrom();
      if (!days.add(day)) {
        errors.add(
            FieldError.of(
                "vatRates[" + i + "].appliesFrom",
                line.getAppliesFrom() == null ? "product.vat.twoUndated" : "product.vat.sameDay"));
        continue;
      }
      periods.add(new VatPeriod(line.getRate(), line.getAppliesFrom()));
    }
    periods.sort(VatPeriod.ORDER);
    return List.copyOf(periods);
  }
}
