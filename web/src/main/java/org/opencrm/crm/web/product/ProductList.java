package org.opencrm.crm.web.product;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.product.Product;
import org.opencrm.crm.product.ProductFilter;
import org.opencrm.crm.product.ProductRepository;
import org.opencrm.crm.product.VatRate;
import org.opencrm.crm.web.list.KeyedLazyModel;
import org.opencrm.crm.web.list.RequestParams;
import org.opencrm.crm.web.record.RecordListPage;
import org.primefaces.model.LazyDataModel;

/**
 * The product list: filters by name or SKU, category, VAT rate today, price range, sale status and
 * responsible; sorted by name; pages read by keys. Archived products are hidden until asked for.
 */
@Named
@ViewScoped
public class ProductList extends RecordListPage<ProductRow> {

  private static final long serialVersionUID = 1L;

  @Inject ProductRepository repository;
  @Inject ProductFormats formats;

  private String q;
  private String text;
  private Long categoryId;
  private VatRate vatRate;
  private String priceFrom;
  private String priceTo;
  private ProductFilter.Shown shown = ProductFilter.Shown.ACTIVE;
  private Long ownerId;

  private final Model model = new Model();

  @Override
  protected String entity() {
    return Product.ENTITY;
  }

  @Override
  protected int countCapped() {
    return repository.countCapped(filter(), PermissionAction.VIEW);
  }

  @Override
  protected KeyedLazyModel<ProductRow, ?> model() {
    return model;
  }

  /** Applies the search box's term, if the page was opened with one. */
  public void onLoad() {
    if (q != null && !q.isBlank()) {
      text = q.strip();
      shown = ProductFilter.Shown.ALL;
    }
  }

  @Override
  public void apply() {
    boolean bad = false;
    if (price(priceFrom) == null && priceFrom != null && !priceFrom.isBlank()) {
      texts.message(
          "list:f-priceFrom", FacesMessage.SEVERITY_ERROR, "product.filter.price.invalid");
      bad = true;
    }
    if (price(priceTo) == null && priceTo != null && !priceTo.isBlank()) {
      texts.message("list:f-priceTo", FacesMessage.SEVERITY_ERROR, "product.filter.price.invalid");
      bad = true;
    }
    if (bad) {
      priceFrom = price(priceFrom) == null ? null : priceFrom;
      priceTo = price(priceTo) == null ? null : priceTo;
    }
    super.apply();
  }

  public ProductFilter filter() {
    return new ProductFilter(
        text, categoryId, vatRate, price(priceFrom), price(priceTo), shown, ownerId);
  }

  /** A price bound as typed ("1 500", "99,90"), or null when blank or not a number. */
  static BigDecimal price(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String t = typed.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
    try {
      BigDecimal b = new BigDecimal(t);
      return b.signum() < 0 || b.precision() - b.scale() > 17 ? null : b;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public boolean isFiltered() {
    return !filter().equals(ProductFilter.NONE);
  }

  public void reset() {
    q = null;
    text = null;
    categoryId = null;
    vatRate = null;
    priceFrom = null;
    priceTo = null;
    shown = ProductFilter.Shown.ACTIVE;
    ownerId = null;
    super.apply();
  }

  public LazyDataModel<ProductRow> getModel() {
    return model;
  }

  public ProductFilter.Shown[] getShownChoices() {
    return ProductFilter.Shown.values();
  }

  /** The export link, carrying the list's filters. */
  public String getExportQuery() {
    ProductFilter f = filter();
    List<String> params = new ArrayList<>();
    RequestParams.query(params, "text", f.text());
    RequestParams.query(
        params, "category", f.categoryId() == null ? null : f.categoryId().toString());
    RequestParams.query(params, "vat", f.vatRate() == null ? null : f.vatRate().name());
    RequestParams.query(
        params, "priceFrom", f.priceFrom() == null ? null : f.priceFrom().toPlainString());
    RequestParams.query(
        params, "priceTo", f.priceTo() == null ? null : f.priceTo().toPlainString());
    RequestParams.query(params, "shown", f.shown().name());
    RequestParams.query(params, "owner", f.ownerId() == null ? null : f.ownerId().toString());
    return String.join("&", params);
  }

  /** Loads pages through the permission layer, by keys where it can. */
  private class Model extends KeyedLazyModel<ProductRow, ProductRepository.Cursor> {

    private static final long serialVersionUID = 1L;

    @Override
    protected int total() {
      return shownCount();
    }

    @Override
    protected Chunk<ProductRow, ProductRepository.Cursor> fetch(
        ProductRepository.Cursor after, int offset, int size) {
      List<Product> rows =
          repository.page(filter(), after, offset, size, PermissionAction.VIEW).rows();
      LocalDate today = formats.today();
      return new Chunk<>(
          rows.stream().map(r -> ProductRow.of(r, today)).toList(),
          rows.isEmpty() ? null : ProductRepository.Cursor.after(rows.get(rows.size() - 1)));
    }

    @Override
    protected Object idOf(ProductRow row) {
      return row.id();
    }
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public VatRate getVatRate() {
    return vatRate;
  }

  public void setVatRate(VatRate vatRate) {
    this.vatRate = vatRate;
  }

  public String getPriceFrom() {
    return priceFrom;
  }

  public void setPriceFrom(String priceFrom) {
    this.priceFrom = priceFrom;
  }

  public String getPriceTo() {
    return priceTo;
  }

  public void setPriceTo(String priceTo) {
    this.priceTo = priceTo;
  }

  public ProductFilter.Shown getShown() {
    return shown;
  }

  public void setShown(ProductFilter.Shown shown) {
    this.shown = shown == null ? ProductFilter.Shown.ACTIVE : shown;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(Long ownerId) {
    this.ownerId = ownerId;
  }
}
