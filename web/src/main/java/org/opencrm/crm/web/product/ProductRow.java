package org.opencrm.crm.web.product;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.opencrm.crm.product.Product;
import org.opencrm.crm.product.VatRate;

/** What a list row shows of a product; detached from the database. */
public record ProductRow(
    Long id,
    String name,
    String sku,
    String unit,
    BigDecimal price,
    String currency,
    VatRate vatToday,
    String category,
    boolean archived,
    String owner)
    implements Serializable {

  public static ProductRow of(Product p, LocalDate today) {
    return new ProductRow(
        p.getId(),
        p.getName(),
        p.getSku() == null ? "" : p.getSku(),
        p.getUnit(),
        p.getPrice(),
        p.getCurrency(),
        p.rateOn(today).orElse(null),
        p.getCategory() == null ? "" : p.getCategory().getName(),
        p.isArchived(),
        p.getOwner().getFullName());
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getSku() {
    return sku;
  }

  public String getUnit() {
    return unit;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public String getCurrency() {
    return currency;
  }

  public VatRate getVatToday() {
    return vatToday;
  }

  public String getCategory() {
    return category;
  }

  public boolean isArchived() {
    return archived;
  }

  public String getOwner() {
    return owner;
  }
}
