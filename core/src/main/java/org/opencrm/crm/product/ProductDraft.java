package org.opencrm.crm.product;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a user, the API or an import submits to create or change a product: plain values, not yet
 * checked. The price is text as typed ("1 234,50" or "1234.50"). {@code version} is the version the
 * editor opened, for conflict detection.
 */
public class ProductDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The units offered first (OKEI short names); any other text is taken as well. */
  public static final List<String> COMMON_UNITS = List.of("шт", "кг", "м", "л", "ч", "усл.");

  private String name = "";
  private String sku = "";
  private String unit = COMMON_UNITS.get(0);
  private String price = "";
  private String currency = "RUB";
  private String description = "";
  private Long categoryId;
  private boolean archived;
  private Long ownerId;
  private Integer version;
  private List<VatRateLine> vatRates =
      new ArrayList<>(List.of(new VatRateLine(VatRate.NONE, null)));

  /** A new product's draft in the tenant's currency. */
  public static ProductDraft inCurrency(String currency) {
    ProductDraft d = new ProductDraft();
    d.currency = currency == null || currency.isBlank() ? "RUB" : currency;
    return d;
  }

  /** The draft of an existing product, for its editor or a partial change. */
  public static ProductDraft of(Product p) {
    ProductDraft d = new ProductDraft();
    d.name = p.getName();
    d.sku = p.getSku() == null ? "" : p.getSku();
    d.unit = p.getUnit();
    d.price = p.getPrice().toPlainString();
    d.currency = p.getCurrency();
    d.description = p.getDescription() == null ? "" : p.getDescription();
    d.categoryId = p.getCategory() == null ? null : p.getCategory().getId();
    d.archived = p.isArchived();
    d.ownerId = p.getOwner().getId();
    d.version = p.getVersion();
    d.vatRates = new ArrayList<>();
    p.getVatPeriods().forEach(v -> d.vatRates.add(new VatRateLine(v.rate(), v.from())));
    return d;
  }

  /**
   * Makes the rate apply from a day on: later lines are dropped, a line of that very day is
   * replaced; nothing changes when the rate already applies that day and no change follows.
   */
  public void setRateFrom(VatRate rate, LocalDate day) {
    vatRates.removeIf(l -> l.getAppliesFrom() != null && l.getAppliesFrom().isAfter(day));
    List<VatPeriod> periods =
        vatRates.stream()
            .filter(l -> l.getRate() != null)
            .map(l -> new VatPeriod(l.getRate(), l.getAppliesFrom()))
            .toList();
    if (VatPeriod.rateOn(periods, day).filter(r -> r == rate).isPresent()) {
      return;
    }
    vatRates.removeIf(l -> day.equals(l.getAppliesFrom()));
    vatRates.add(new VatRateLine(rate, vatRates.isEmpty() ? null : day));
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getPrice() {
    return price;
  }

  public void setPrice(String price) {
    this.price = price;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public boolean isArchived() {
    return archived;
  }

  public void setArchived(boolean archived) {
    this.archived = archived;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(Long ownerId) {
    this.ownerId = ownerId;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  public List<VatRateLine> getVatRates() {
    return vatRates;
  }

  public void setVatRates(List<VatRateLine> vatRates) {
    this.vatRates = vatRates;
  }
}
