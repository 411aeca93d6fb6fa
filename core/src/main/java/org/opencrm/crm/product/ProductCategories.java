package org.opencrm.crm.product;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencrm.crm.platform.channel.ChannelChecks;
import org.opencrm.crm.platform.history.HistoryRecorder;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.settings.TenantSettingsService;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * The catalogue's categories: read by everyone for forms and filters, added, renamed, reordered and
 * archived by those who may change the settings (as reference lists are). Never deleted, so a
 * product keeps its category; changes go to history.
 */
@RequestScoped
public class ProductCategories {

  /** The key of categories in history. */
  public static final String ENTITY = "product-category";

  public static final int MAX_NAME = 100;
  public static final int MAX_ITEMS = 500;

  @Inject TenantDatabase db;
  @Inject AccessControl access;
  @Inject HistoryRecorder history;

  private List<ProductCategory> read;

  /** Every category, archived ones included, in order. */
  public List<ProductCategory> all() {
    if (read == null) {
      read = db.em().createNamedQuery("ProductCategory.all", ProductCategory.class).getResultList();
    }
    return read;
  }

  /** The categories a product may be given: not archived, plus the one it has now. */
  public List<ProductCategory> choices(Long current) {
    return all().stream().filter(c -> !c.isArchived() || c.getId().equals(current)).toList();
  }

  /**
   * The category a product is given, checked to exist (and not to be archived unless the product
   * has it already); null for none.
   *
   * @throws ValidationException on {@code categoryId}
   */
  public ProductCategory resolve(Long id, Long current) {
    if (id == null) {
      return null;
    }
    return all().stream()
        .filter(c -> c.getId().equals(id) && (!c.isArchived() || id.equals(current)))
        .findFirst()
        .orElseThrow(
            () ->
                new ValidationException(
                    List.of(FieldError.of("categoryId", "product.category.unknown"))));
  }

  public boolean canEdit() {
    return access.can(TenantSettingsService.ENTITY, PermissionAction.EDIT);
  }

  @Transactional
  public ProductCategory add(String name) {
    access.require(TenantSettingsService.ENTITY, PermissionAction.EDIT);
    if (all().size() >= MAX_ITEMS) {
      throw new ValidationException(List.of(FieldError.of("name", "field.tooMany", MAX_ITEMS)));
    }
    ProductCategory c = new ProductCategory(checked(null, name), all().size());
    db.em().persist(c);
    db.em().flush();
    history.created(ENTITY, c.getId(), snapshot(c));
    read = null;
    return c;
  }

  @Transactional
  public void rename(Long id, String name) {
    access.require(TenantSettingsService.ENTITY, PermissionAction.EDIT);
    ProductCategory c = owned(id);
    String clean = checked(id, name);
    if (clean.equals(c.getName())) {
      return;
    }
    Map<String, String> before = snapshot(c);
    c.rename(clean);
    db.em().flush();
    history.changed(ENTITY, id, before, snapshot(c));
    read = null;
  }

  @Transactional
  public void archive(Long id, boolean archived) {
    access.require(TenantSettingsService.ENTITY, PermissionAction.EDIT);
    ProductCategory c = owned(id);
    Map<String, String> before = snapshot(c);
    c.archive(archived);
    history.changed(ENTITY, id, before, snapshot(c));
    read = null;
  }

  /** Moves a category one place up (-1) or down (+1). */
  @Transactional
  public void move(Long id, int step) {
    access.require(TenantSettingsService.ENTITY, PermissionAction.EDIT);
    List<ProductCategory> items = new ArrayList<>(all());
    ProductCategory c = owned(id);
    int from = items.indexOf(c);
    int to = Math.max(0, Math.min(items.size() - 1, from + Integer.signum(step)));
    items.remove(from);
    items.add(to, c);
    for (int i = 0; i < items.size(); i++) {
      items.get(i).moveTo(i);
    }
    read = null;
  }

  private ProductCategory owned(Long id) {
    return all().stream()
        .filter(c -> c.getId().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new ValidationException(
                    List.of(FieldError.of("name", "product.category.unknown"))));
  }

  private String checked(Long id, String name) {
    String clean = ChannelChecks.clean(name).replaceAll("\\s+", " ");
    String error = null;
    Object[] args = {};
    if (clean.isEmpty()) {
      error = "reference.name.required";
    } else if (clean.length() > MAX_NAME) {
      error = "field.tooLong";
      args = new Object[] {MAX_NAME};
    } else if (all().stream()
        .anyMatch(c -> !c.getId().equals(id) && c.getName().equalsIgnoreCase(clean))) {
      error = "reference.name.taken";
    }
    if (error != null) {
      throw new ValidationException(List.of(FieldError.of("name", error, args)));
    }
    return clean;
  }

  private static Map<String, String> snapshot(ProductCategory c) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("name", c.getName());
    s.put("archived", c.isArchived() ? "✓" : null);
    return s;
  }
}
