package org.opencrm.crm.product;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencrm.crm.platform.files.FileStore;
import org.opencrm.crm.platform.files.FileTooLargeException;
import org.opencrm.crm.platform.files.FilesDropped;
import org.opencrm.crm.platform.files.StoredBlob;
import org.opencrm.crm.platform.record.RecordNotFoundException;
import org.opencrm.crm.platform.record.RecordService;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.security.Responsibles;
import org.opencrm.crm.platform.security.UserAccount;
import org.opencrm.crm.platform.tenant.TenantContext;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * Creates, changes, deletes (to the trash), restores and purges products, and adds and removes
 * their images: input checked first, permission checked on the record and on its new responsible
 * user, history written in the same transaction. A refused change writes nothing; an image's bytes
 * go to the file store and leave it only once the removal is committed.
 */
@RequestScoped
public class ProductService extends RecordService<Product> {

  private static final Logger LOG = Logger.getLogger(ProductService.class.getName());

  /** Largest image kept. */
  public static final long MAX_IMAGE_BYTES = 5L * 1024 * 1024;

  /** Most images a product holds. */
  public static final int MAX_IMAGES = 20;

  /** Files to remove from the store once the transaction that dropped their rows commits. */
  @Inject ProductRepository products;

  @Inject ProductCategories categories;
  @Inject AccessControl access;
  @Inject Responsibles responsibles;
  @Inject FileStore files;
  @Inject TenantContext tenant;
  @Inject Event<FilesDropped> dropped;

  @Override
  protected String entity() {
    return Product.ENTITY;
  }

  @Override
  protected ProductRepository records() {
    return products;
  }

  @Override
  protected RecordNotFoundException notFound(Long id) {
    return new ProductNotFoundException(id);
  }

  @Transactional
  public Product create(ProductDraft draft) {
    access.require(Product.ENTITY, PermissionAction.ADD);
    limits.checkRecordsCanBeAdded(1);
    ProductValidator.CleanProduct clean = ProductValidator.validate(draft, skuHolders(null));
    UserAccount owner =
        responsibles.choose(Product.ENTITY, draft.getOwnerId(), PermissionAction.ADD);
    ProductCategory category = categories.resolve(draft.getCategoryId(), null);
    Product product = new Product(owner);
    product.apply(clean, category);
    db.em().persist(product);
    db.em().flush();
    history.created(Product.ENTITY, product.getId(), product.snapshot());
    return product;
  }

  @Transactional
  public Product update(Long id, ProductDraft draft) {
    Product product =
        products
            .find(id, PermissionAction.EDIT)
            .orElseThrow(() -> new ProductNotFoundException(id));
    if (draft.getVersion() != null && draft.getVersion() != product.getVersion()) {
      throw conflict(id);
    }
    ProductValidator.CleanProduct clean = ProductValidator.validate(draft, skuHolders(id));
    UserAccount owner =
        draft.getOwnerId() == null || draft.getOwnerId().equals(product.getOwner().getId())
            ? product.getOwner()
            : responsibles.choose(Product.ENTITY, draft.getOwnerId(), PermissionAction.EDIT);
    Long currentCategory = product.getCategory() == null ? null : product.getCategory().getId();
    ProductCategory category = categories.resolve(draft.getCategoryId(), currentCategory);
    if (product.holds(clean, category, owner)) {
      return product;
    }
    Map<String, String> before = product.snapshot();
    product.assignTo(owner);
    product.apply(clean, category);
    product.touch();
    flushOrConflict(id);
    history.changed(Product.ENTITY, product.getId(), before, product.snapshot());
    return product;
  }

  /**
   * Takes a product out of the trash; refused with a message on {@code sku} when another product
   * has taken its SKU meanwhile.
   */
  @Override
  @Transactional
  public Product restore(Long id) {
    Product trashed = products.findInTrash(id).orElseThrow(() -> notFound(id));
    if (trashed.getSku() != null) {
      skuHolders(id)
          .holderOf(trashed.getSku())
          .ifPresent(
              holder -> {
                throw new ValidationException(
                    List.of(FieldError.of("sku", "product.restore.skuTaken", trashed.getSku())));
              });
    }
    return super.restore(id);
  }

  /** The VAT rate a product carries on a day; empty when none of its rates applies yet. */
  public Optional<VatRate> rateOn(Long id, LocalDate day) {
    return open(id).rateOn(day);
  }

  /**
   * Adds an image to a product the user may edit. Only JPEG, PNG, GIF and WebP are taken, told by
   * their bytes; at most {@link #MAX_IMAGE_BYTES}.
   *
   * @throws ValidationException on {@code image} for anything else, saying what is wrong
   */
  @Transactional
  public ProductImage addImage(Long productId, String fileName, InputStream content) {
    Product product =
        products
            .find(productId, PermissionAction.EDIT)
            .orElseThrow(() -> new ProductNotFoundException(productId));
    if (product.getImages().size() >= MAX_IMAGES) {
      throw refusal("product.image.tooMany", MAX_IMAGES);
    }
    String name = cleanName(fileName);
    String key;
    ImageFormat format;
    long size;
    try (InputStream in = new BufferedInputStream(content)) {
      in.mark(ImageFormat.HEADER);
      byte[] head = in.readNBytes(ImageFormat.HEADER);
      in.reset();
      if (head.length == 0) {
        throw refusal("product.image.empty");
      }
      format =
          ImageFormat.of(head, head.length).orElseThrow(() -> refusal("product.image.notImage"));
      StoredBlob blob = files.put(tenant.require().slug(), in, MAX_IMAGE_BYTES);
      key = blob.key();
      size = blob.size();
    } catch (FileTooLargeException e) {
      throw refusal("product.image.tooLarge", MAX_IMAGE_BYTES / (1024 * 1024));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      ProductImage image = product.addImage(key, name, format.contentType(), size);
      product.touch();
      flushOrConflict(productId);
      history.changed(Product.ENTITY, productId, Map.of(), Map.of("imageAdded", name));
      return image;
    } catch (RuntimeException e) {
      forget(List.of(key));
      throw e;
    }
  }

  /** Removes an image from a product the user may edit; its file goes once this commits. */
  @Transactional
  public void removeImage(Long productId, Long imageId) {
    Product product =
        products
            .find(productId, PermissionAction.EDIT)
            .orElseThrow(() -> new ProductNotFoundException(productId));
    ProductImage image =
        product.getImages().stream()
            .filter(i -> i.getId().equals(imageId))
            .findFirst()
            .orElseThrow(() -> new ProductNotFoundException(productId));
    product.removeImage(image);
    product.touch();
    flushOrConflict(productId);
    history.changed(Product.ENTITY, productId, Map.of("imageAdded", image.getFileName()), Map.of());
    dropped.fire(new FilesDropped(tenant.require().slug(), List.of(image.getFileKey())));
  }

  /** The bytes of an image the user may see (found through {@link ProductRepository#findImage}). */
  public InputStream read(ProductImage image) throws IOException {
    return files.open(tenant.require().slug(), image.getFileKey());
  }

  /** Removes for good old trash, and the image files of what it removes once that commits. */
  @Override
  @Transactional
  public int purgeTrash() {
    Instant cutoff = Instant.now().minus(TRASH_RETENTION);
    List<String> keys =
        db.em()
            .createQuery(
                "SELECT i.fileKey FROM ProductImage i WHERE i.product.deletedAt IS NOT NULL"
                    + " AND i.product.deletedAt < :cutoff",
                String.class)
            .setParameter("cutoff", cutoff)
            .getResultList();
    int removed = products.purgeTrashedBefore(cutoff);
    if (!keys.isEmpty()) {
      dropped.fire(new FilesDropped(tenant.require().slug(), keys));
    }
    return removed;
  }

  /** Users the current user may make responsible for a product. */
  public List<UserAccount> assignableOwners() {
    return responsibles.assignable(Product.ENTITY);
  }

  private void forget(List<String> keys) {
    for (String key : keys) {
      try {
        files.delete(tenant.require().slug(), key);
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "Could not remove file " + key, e);
      }
    }
  }

  private ProductValidator.SkuHolders skuHolders(Long except) {
    return sku ->
        products
            .holderOfSku(sku, except)
            .map(
                p ->
                    access.allows(Product.ENTITY, PermissionAction.VIEW, p.getOwner())
                        ? p.getName()
                        : "");
  }

  private static ValidationException refusal(String key, Object... arguments) {
    return new ValidationException(List.of(FieldError.of("image", key, arguments)));
  }

  private static String cleanName(String fileName) {
    String n = fileName == null ? "" : fileName.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
    if (n.isEmpty()) {
      n = "image";
    }
    return n.length() > 200 ? n.substring(n.length() - 200) : n;
  }
}
