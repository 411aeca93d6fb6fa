package org.opencrm.crm.product;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Filters of the product list, all optional: a name or SKU prefix, a category ({@code 0}: none),
 * the VAT rate applying today, a price range, whether archived products are shown, the responsible
 * user.
 *
 * @param archived null: products still sold only; TRUE: archived only; FALSE: all of them
 */
public record ProductFilter(
    String text,
    Long categoryId,
    VatRate vatRate,
    BigDecimal priceFrom,
    BigDecimal priceTo,
    Shown shown,
    Long ownerId)
    implements Serializable {

  /** Which products by their archived mark. */
  public enum Shown {
    /** Products still sold (the default). */
    ACTIVE,
    /** Archived products only. */
    ARCHIVED,
    /** Both. */
    ALL
  }

  public ProductFilter {
    shown = shown == null ? Shown.ACTIVE : shown;
  }

  /** Every product still sold. */
  public static final ProductFilter NONE =
      new ProductFilter(null, null, null, null, null, Shown.ACTIVE, null);

  /** The filter of a search box: the term as a name or SKU prefix, archived products included. */
  public static ProductFilter quick(String term) {
    return new ProductFilter(term, null, null, null, null, Shown.ALL, null);
  }
}
