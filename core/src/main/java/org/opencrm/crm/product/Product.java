package org.opencrm.crm.product;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.opencrm.crm.platform.record.OwnedRecord;
import org.opencrm.crm.platform.security.UserAccount;

/**
 * A product or service of the catalogue: what deals, invoices and documents will name, with its
 * price and the VAT rates it carries over time. An archived product is no longer sold but stays
 * found and shown; a deleted one goes to the trash.
 */
@Entity
@Table(name = "product")
public class Product extends OwnedRecord {

  /** The entity's key in permissions, history and search. */
  public static final String ENTITY = "product";

  @Column(nullable = false)
  private String name;

  @Column private String sku;

  /** The SKU while the product is out of the trash; the unique index is on this column. */
  @Column(name = "sku_key")
  private String skuKey;

  @Column(nullable = false)
  private String unit;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal price;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column private String description;

  @ManyToOne
  @JoinColumn(name = "category_id")
  private ProductCategory category;

  @Column(nullable = false)
  private boolean archived;

  @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("appliesFrom")
  @BatchFetch(BatchFetchType.IN)
  private List<ProductVatRate> vatRates = new ArrayList<>();

  @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @BatchFetch(BatchFetchType.IN)
  private List<ProductImage> images = new ArrayList<>();

  protected Product() {}

  Product(UserAccount owner) {
    super(owner);
  }

  void apply(ProductValidator.CleanProduct clean, ProductCategory category) {
    this.name = clean.name();
    this.sku = clean.sku();
    this.skuKey = getDeletedAt() == null ? clean.sku() : null;
    this.unit = clean.unit();
    this.price = clean.price();
    this.currency = clean.currency();
    this.description = clean.description();
    this.archived = clean.archived();
    this.category = category;
    // Lines are kept by position, so an unchanged history keeps its rows.
    List<VatPeriod> wanted = clean.vatPeriods();
    vatRates.sort(
        (a, b) ->
            VatPeriod.ORDER.compare(
                new VatPeriod(a.getRate(), a.getAppliesFrom()),
                new VatPeriod(b.getRate(), b.getAppliesFrom())));
    while (vatRates.size() > wanted.size()) {
      vatRates.remove(vatRates.size() - 1);
    }
    for (int i = 0; i < wanted.size(); i++) {
      VatPeriod p = wanted.get(i);
      if (i == vatRates.size()) {
        vatRates.add(new ProductVatRate(this, p.rate(), p.from()));
      } else {
        vatRates.get(i).change(p.rate(), p.from());
      }
    }
  }

  /** True when saving these values, this category and this owner would change nothing stored. */
  boolean holds(
      ProductValidator.CleanProduct clean, ProductCategory newCategory, UserAccount newOwner) {
    return Objects.equals(name, clean.name())
        && Objects.equals(sku, clean.sku())
        && Objects.equals(unit, clean.unit())
        && price != null
        && price.compareTo(clean.price()) == 0
        && Objects.equals(currency, clean.currency())
        && Objects.equals(description, clean.description())
        && archived == clean.archived()
        && Objects.equals(idOf(category), idOf(newCategory))
        && Objects.equals(getOwner().getId(), newOwner.getId())
        && getVatPeriods().equals(clean.vatPeriods());
  }

  private static Long idOf(ProductCategory c) {
    return c == null ? null : c.getId();
  }

  ProductImage addImage(String key, String fileName, String contentType, long size) {
    ProductImage image = new ProductImage(this, images.size(), key, fileName, contentType, size);
    images.add(image);
    return image;
  }

  void removeImage(ProductImage image) {
    images.remove(image);
    for (int i = 0; i < images.size(); i++) {
      images.get(i).moveTo(i);
    }
  }

  @Override
  protected void trash(String byWhom) {
    super.trash(byWhom);
    skuKey = null;
  }

  @Override
  protected void restore() {
    super.restore();
    skuKey = sku;
  }

  /** The VAT periods, undated first, then by date. */
  public List<VatPeriod> getVatPeriods() {
    return vatRates.stream()
        .map(v -> new VatPeriod(v.getRate(), v.getAppliesFrom()))
        .sorted(VatPeriod.ORDER)
        .toList();
  }

  /** The VAT rate applying on a day; empty when the product's rates all start later. */
  public Optional<VatRate> rateOn(LocalDate day) {
    return VatPeriod.rateOn(getVatPeriods(), day);
  }

  /** The fields as history compares them. */
  @Override
  public Map<String, String> snapshot() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("name", name);
    s.put("sku", sku);
    s.put("unit", unit);
    s.put("price", price == null ? null : price.toPlainString());
    s.put("currency", currency);
    s.put("category", category == null ? null : category.getName());
    s.put("vatRates", describe(getVatPeriods()));
    s.put("archived", archived ? "✓" : null);
    s.put("owner", getOwner() == null ? null : getOwner().getFullName());
    s.put("description", description);
    return s;
  }

  /** VAT periods as history shows them: "20 %; 01.01.2026: 22 %". */
  static String describe(List<VatPeriod> periods) {
    DateTimeFormatter day = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    return periods.stream()
        .map(
            p ->
                (p.from() == null ? "" : day.format(p.from()) + ": ")
                    + (p.rate().taxed() ? p.rate().code() + " %" : "без НДС"))
        .collect(Collectors.joining("; "));
  }

  @Override
  public String getDisplayName() {
    return name;
  }

  public String getName() {
    return name;
  }

  /** The SKU (артикул), or null. */
  public String getSku() {
    return sku;
  }

  public String getUnit() {
    return unit;
  }

  public BigDecimal getPrice() {
    return price;
  }

  /** ISO 4217 code. */
  public String getCurrency() {
    return currency;
  }

  public String getDescription() {
    return description;
  }

  /** The category, or null. */
  public ProductCategory getCategory() {
    return category;
  }

  /** Whether the product is no longer sold. */
  public boolean isArchived() {
    return archived;
  }

  public List<ProductImage> getImages() {
    return images;
  }

  @Override
  public String toString() {
    return "Product " + getId() + " " + Objects.toString(name);
  }
}
