package org.opencrm.crm.web.product;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.opencrm.crm.platform.record.CardTabs;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.AccessDeniedException;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.product.Product;
import org.opencrm.crm.product.ProductNotFoundException;
import org.opencrm.crm.product.ProductService;
import org.opencrm.crm.product.VatPeriod;
import org.opencrm.crm.product.VatRate;
import org.opencrm.crm.web.history.HistoryView;
import org.opencrm.crm.web.i18n.Texts;
import org.opencrm.crm.web.list.RecordIds;

/**
 * A product's card: its tabs (details, images, history and whatever plugins add), edit and delete.
 * A product the user may not see reads as one that does not exist (404).
 */
@Named
@ViewScoped
public class ProductCard implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A tab as the card renders it. */
  public record Tab(String id, String title, String include) implements Serializable {
    public String getId() {
      return id;
    }

    public String getTitle() {
      return title;
    }

    public String getInclude() {
      return include;
    }
  }

  /** An image of the card: its address and name. */
  public record Image(Long id, String url, String fileName) implements Serializable {
    public Long getId() {
      return id;
    }

    public String getUrl() {
      return url;
    }

    public String getFileName() {
      return fileName;
    }
  }

  /** A VAT period as the card lists it. */
  public record Vat(VatRate rate, LocalDate from) implements Serializable {
    public VatRate getRate() {
      return rate;
    }

    public LocalDate getFrom() {
      return from;
    }
  }

  @Inject ProductService products;
  @Inject HistoryView history;
  @Inject AccessControl access;
  @Inject CardTabs cardTabs;
  @Inject ProductFormats formats;
  @Inject Texts texts;

  private Long id;
  private boolean found;
  private String name;
  private String sku;
  private String unit;
  private BigDecimal price;
  private String currency;
  private String category;
  private boolean archived;
  private String description;
  private String owner;
  private VatRate vatToday;
  private List<Vat> vatRates = List.of();
  private List<Image> images = List.of();
  private Instant createdAt;
  private Instant updatedAt;
  private boolean canEdit;
  private boolean canDelete;
  private List<HistoryView.Event> events = List.of();
  private List<Tab> tabs = List.of();

  public void load() {
    if (id == null) {
      notFound();
      return;
    }
    try {
      Product p = products.open(id);
      found = true;
      name = p.getName();
      sku = p.getSku();
      unit = p.getUnit();
      price = p.getPrice();
      currency = p.getCurrency();
      category = p.getCategory() == null ? null : p.getCategory().getName();
      archived = p.isArchived();
      description = p.getDescription();
      owner = p.getOwner().getFullName();
      vatToday = p.rateOn(formats.today()).orElse(null);
      vatRates =
          p.getVatPeriods().stream().map((VatPeriod v) -> new Vat(v.rate(), v.from())).toList();
      String context =
          FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
      images =
          p.getImages().stream()
              .map(
                  i ->
                      new Image(
                          i.getId(),
                          context + ProductImageServlet.PATH + i.getId(),
                          i.getFileName()))
              .toList();
      createdAt = p.getCreatedAt();
      updatedAt = p.getUpdatedAt();
      canEdit = access.allows(Product.ENTITY, PermissionAction.EDIT, p.getOwner());
      canDelete = access.allows(Product.ENTITY, PermissionAction.DELETE, p.getOwner());
      events = history.of(Product.ENTITY, id);
      tabs =
          cardTabs.of(Product.ENTITY).stream()
              .map(t -> new Tab(t.id(), texts.get(t.titleKey()), t.include()))
              .toList();
    } catch (ProductNotFoundException e) {
      notFound();
    }
  }

  private void notFound() {
    found = false;
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
  }

  public void delete() throws IOException {
    try {
      products.delete(id);
      texts.flash("product.deleted");
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/app/products.xhtml");
    } catch (ProductNotFoundException e) {
      texts.message(null, FacesMessage.SEVERITY_ERROR, "product.notFound");
    } catch (AccessDeniedException e) {
      texts.message(null, FacesMessage.SEVERITY_ERROR, "product.denied");
    }
  }

  public String getDeleteQuestion() {
    return texts.get("product.delete.confirm", name);
  }

  public String getIdParam() {
    return id == null ? null : id.toString();
  }

  public void setIdParam(String value) {
    this.id = RecordIds.parse(value);
  }

  public Long getId() {
    return id;
  }

  public boolean isFound() {
    return found;
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

  public String getCategory() {
    return category;
  }

  public boolean isArchived() {
    return archived;
  }

  public String getDescription() {
    return description;
  }

  public String getOwner() {
    return owner;
  }

  public VatRate getVatToday() {
    return vatToday;
  }

  public List<Vat> getVatRates() {
    return vatRates;
  }

  public List<Image> getImages() {
    return images;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public boolean isCanEdit() {
    return canEdit;
  }

  public boolean isCanDelete() {
    return canDelete;
  }

  public List<HistoryView.Event> getEvents() {
    return events;
  }

  public List<Tab> getTabs() {
    return tabs;
  }
}
