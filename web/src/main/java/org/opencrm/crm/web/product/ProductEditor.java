package org.opencrm.crm.web.product;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencrm.crm.platform.security.CurrentActor;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.settings.TenantSettingsService;
import org.opencrm.crm.product.Product;
import org.opencrm.crm.product.ProductDraft;
import org.opencrm.crm.product.ProductImage;
import org.opencrm.crm.product.ProductRepository;
import org.opencrm.crm.product.ProductService;
import org.opencrm.crm.product.ProductValidator;
import org.opencrm.crm.product.VatRateLine;
import org.opencrm.crm.web.i18n.Texts;
import org.opencrm.crm.web.list.RecordIds;
import org.opencrm.crm.web.record.FormLines;
import org.opencrm.crm.web.record.RecordForms;
import org.primefaces.model.file.UploadedFile;

/**
 * Creates and edits a product with its VAT rates by date, and (once it exists) uploads and removes
 * its images. Problems come back keyed by field and are shown next to their fields; nothing is
 * saved until all is right. An upload is checked by its bytes, not by its name.
 */
@Named
@ViewScoped
public class ProductEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProductService products;
  @Inject ProductRepository repository;
  @Inject CurrentActor actor;
  @Inject TenantSettingsService settings;
  @Inject RecordForms forms;
  @Inject Texts texts;

  private Long id;
  private boolean badId;
  private boolean found = true;
  private String title;
  private ProductDraft draft;
  private List<ProductCard.Image> images = List.of();
  private transient UploadedFile upload;

  public void load() {
    if (draft != null) {
      return;
    }
    if (badId) {
      notFound();
      return;
    }
    if (id == null) {
      draft = ProductDraft.inCurrency(settings.current().getCurrency());
      draft.setOwnerId(actor.requireUser().userId());
      title = texts.get("product.new");
    } else {
      Product product = repository.find(id, PermissionAction.EDIT).orElse(null);
      if (product == null) {
        notFound();
        return;
      }
      draft = ProductDraft.of(product);
      title = product.getName();
      readImages(product);
    }
  }

  private void readImages(Product product) {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    images =
        product.getImages().stream()
            .map(
                i ->
                    new ProductCard.Image(
                        i.getId(), context + ProductImageServlet.PATH + i.getId(), i.getFileName()))
            .toList();
  }

  private void notFound() {
    found = false;
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
  }

  public void addVatRate() {
    FormLines.add(
        draft.getVatRates(), () -> new VatRateLine(null, null), ProductValidator.MAX_VAT_LINES);
  }

  public void removeVatRate(int index) {
    FormLines.remove(draft.getVatRates(), index);
  }

  /** Saves; a created product's id is kept at once, so a second click changes it, not a copy. */
  public synchronized void save() throws IOException {
    Product saved =
        forms.save(
            Product.ENTITY,
            () -> id == null ? products.create(draft) : products.update(id, draft),
            ProductEditor::clientId);
    if (saved == null) {
      return;
    }
    boolean created = id == null;
    id = saved.getId();
    draft.setVersion(saved.getVersion());
    texts.flash(created ? "product.created" : "product.saved");
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/app/product.xhtml?id=" + id);
  }

  /** Adds the uploaded image; a file that is not an image, or too large, is refused with why. */
  public void uploadImage() {
    if (upload == null || upload.getSize() == 0 || upload.getFileName() == null) {
      texts.message("images:image", FacesMessage.SEVERITY_ERROR, "product.image.required");
      return;
    }
    ProductImage added;
    try (InputStream in = upload.getInputStream()) {
      added =
          forms.save(
              Product.ENTITY,
              () -> products.addImage(id, upload.getFileName(), in),
              field -> "images:image");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      try {
        upload.delete();
      } catch (IOException e) {
        // a temporary file of the upload; the server removes it with the request
      }
      upload = null;
    }
    if (added != null) {
      texts.message(null, FacesMessage.SEVERITY_INFO, "product.image.added");
      afterImagesChanged();
    }
  }

  public void removeImage(Long imageId) {
    Boolean done =
        forms.save(
            Product.ENTITY,
            () -> {
              products.removeImage(id, imageId);
              return Boolean.TRUE;
            },
            field -> null);
    if (done != null) {
      texts.message(null, FacesMessage.SEVERITY_INFO, "product.image.removed");
      afterImagesChanged();
    }
  }

  /** An image changes the product's version: the open form goes on from the new one. */
  private void afterImagesChanged() {
    repository
        .find(id, PermissionAction.EDIT)
        .ifPresent(
            p -> {
              draft.setVersion(p.getVersion());
              readImages(p);
            });
  }

  /** The client id of the input a field error belongs to; null puts it at the top. */
  static String clientId(String field) {
    if (field.startsWith("vatRates[")) {
      String index = field.substring(9, field.indexOf(']'));
      return field.endsWith("appliesFrom")
          ? "form:vat:" + index + ":from"
          : field.endsWith("rate") ? "form:vat:" + index + ":rate" : "form:vatLines";
    }
    return switch (field) {
      case "name", "sku", "unit", "price", "currency", "description" -> "form:" + field;
      case "vatRates" -> "form:vatLines";
      case "ownerId" -> "form:owner";
      case "categoryId" -> "form:category";
      default -> null;
    };
  }

  public Map<String, Long> getOwners() {
    Map<String, Long> owners = new LinkedHashMap<>();
    products.assignableOwners().forEach(u -> owners.put(u.getFullName(), u.getId()));
    return owners;
  }

  public List<String> getUnits() {
    return ProductDraft.COMMON_UNITS;
  }

  public List<ProductCard.Image> getImages() {
    return images;
  }

  public UploadedFile getUpload() {
    return upload;
  }

  public void setUpload(UploadedFile upload) {
    this.upload = upload;
  }

  public Long getId() {
    return id;
  }

  public String getIdParam() {
    return id == null ? null : id.toString();
  }

  public void setIdParam(String value) {
    this.id = RecordIds.parse(value);
    this.badId = value != null && !value.isBlank() && id == null;
  }

  public boolean isFound() {
    return found;
  }

  public boolean isNew() {
    return id == null;
  }

  public String getTitle() {
    return title;
  }

  public ProductDraft getDraft() {
    return draft;
  }
}
