package org.opencrm.crm.product;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencrm.crm.platform.persistence.LikePatterns;
import org.opencrm.crm.platform.record.RecordRepository;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.settings.TenantSettingsService;

/**
 * Reads products, always through the permission layer: every query here is restricted to the
 * records the current user may reach for the given action. Lists page by keys (name, id), and
 * counts stop at a cap. Images are found only through a product the user may see.
 */
@RequestScoped
public class ProductRepository extends RecordRepository<Product, ProductFilter> {

  @Inject TenantSettingsService settings;

  @Override
  protected Class<Product> type() {
    return Product.class;
  }

  @Override
  protected String entity() {
    return Product.ENTITY;
  }

  /** The position just after a row in the list's order. */
  public record Cursor(String name, Long id) implements java.io.Serializable {
    public static Cursor after(Product p) {
      return new Cursor(p.getName(), p.getId());
    }
  }

  /** A page of rows and whether more follow. */
  public record Page(List<Product> rows, boolean more) {}

  /**
   * A page of products by name after a cursor (or from the start, or from an offset when no
   * cursor).
   *
   * @param action {@code VIEW} for lists and search, {@code EXPORT} for exports
   */
  public Page page(
      ProductFilter filter, Cursor after, int offset, int limit, PermissionAction action) {
    EntityManager em = db.em();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Product> q = cb.createQuery(Product.class);
    Root<Product> p = q.from(Product.class);
    List<Predicate> where = conditions(cb, q, p, filter, action);
    if (after != null) {
      where.add(
          cb.or(
              cb.greaterThan(p.get("name"), after.name()),
              cb.and(
                  cb.equal(p.get("name"), after.name()), cb.greaterThan(p.get("id"), after.id()))));
    }
    q.where(where.toArray(Predicate[]::new));
    q.orderBy(cb.asc(p.get("name")), cb.asc(p.get("id")));
    TypedQuery<Product> query = em.createQuery(q).setMaxResults(limit + 1);
    if (after == null && offset > 0) {
      query.setFirstResult(Math.min(offset, MAX_OFFSET));
    }
    List<Product> rows = new ArrayList<>(query.getResultList());
    boolean more = rows.size() > limit;
    if (more) {
      rows.remove(limit);
    }
    return new Page(rows, more);
  }

  /**
   * An image, if its product is out of the trash and the user may see it; the same "nothing" for an
   * image that does not exist and one of a product out of reach.
   */
  public Optional<ProductImage> findImage(Long imageId) {
    if (imageId == null) {
      return Optional.empty();
    }
    EntityManager em = db.em();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<ProductImage> q = cb.createQuery(ProductImage.class);
    Root<ProductImage> i = q.from(ProductImage.class);
    Join<ProductImage, Product> p = i.join("product");
    q.where(
        cb.equal(i.get("id"), imageId),
        cb.isNull(p.get("deletedAt")),
        access.restrict(cb, p.get("owner"), Product.ENTITY, PermissionAction.VIEW));
    return em.createQuery(q).getResultStream().findFirst();
  }

  /**
   * The product out of the trash that holds a SKU (compared as the database does, regardless of
   * case), other than the one being edited; whoever may see it or not, since SKUs are unique across
   * the catalogue.
   */
  public Optional<Product> holderOfSku(String sku, Long except) {
    EntityManager em = db.em();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Product> q = cb.createQuery(Product.class);
    Root<Product> p = q.from(Product.class);
    List<Predicate> where = new ArrayList<>();
    where.add(cb.equal(p.get("skuKey"), sku));
    if (except != null) {
      where.add(cb.notEqual(p.get("id"), except));
    }
    q.where(where.toArray(Predicate[]::new));
    return em.createQuery(q).setMaxResults(1).getResultStream().findFirst();
  }

  /** Today in the tenant's time zone: the day whose VAT rate lists filter by. */
  LocalDate today() {
    return LocalDate.now(ZoneId.of(settings.current().getTimeZone()));
  }

  @Override
  protected void filtered(
      CriteriaBuilder cb,
      CriteriaQuery<?> q,
      Root<Product> p,
      ProductFilter filter,
      List<Predicate> where) {
    String text = blankToNull(filter.text());
    if (text != null) {
      where.add(
          cb.or(
              LikePatterns.startsWith(cb, p.get("name"), text),
              LikePatterns.startsWith(cb, p.get("sku"), text)));
    }
    if (filter.categoryId() != null) {
      where.add(
          filter.categoryId() == 0
              ? cb.isNull(p.get("category"))
              : cb.equal(p.get("category").get("id"), filter.categoryId()));
    }
    if (filter.vatRate() != null) {
      // The rate applying today: a line of that rate from a day not after today (or undated)
      // with no later line also not after today.
      LocalDate today = today();
      Subquery<Long> applying = q.subquery(Long.class);
      Root<ProductVatRate> v = applying.from(ProductVatRate.class);
      Subquery<Long> later = q.subquery(Long.class);
      Root<ProductVatRate> w = later.from(ProductVatRate.class);
      later
          .select(w.get("id"))
          .where(
              cb.equal(w.get("product"), p),
              cb.lessThanOrEqualTo(w.<LocalDate>get("appliesFrom"), today),
              cb.or(
                  cb.isNull(v.get("appliesFrom")),
                  cb.greaterThan(
                      w.<LocalDate>get("appliesFrom"), v.<LocalDate>get("appliesFrom"))));
      applying
          .select(v.get("id"))
          .where(
              cb.equal(v.get("product"), p),
              cb.equal(v.get("rate"), filter.vatRate()),
              cb.or(
                  cb.isNull(v.get("appliesFrom")),
                  cb.lessThanOrEqualTo(v.<LocalDate>get("appliesFrom"), today)),
              cb.not(cb.exists(later)));
      where.add(cb.exists(applying));
    }
    if (filter.priceFrom() != null) {
      where.add(cb.greaterThanOrEqualTo(p.get("price"), filter.priceFrom()));
    }
    if (filter.priceTo() != null) {
      where.add(cb.lessThanOrEqualTo(p.get("price"), filter.priceTo()));
    }
    switch (filter.shown()) {
      case ACTIVE -> where.add(cb.isFalse(p.get("archived")));
      case ARCHIVED -> where.add(cb.isTrue(p.get("archived")));
      case ALL -> {
        // no condition
      }
    }
    if (filter.ownerId() != null) {
      where.add(cb.equal(p.get("owner").get("id"), filter.ownerId()));
    }
  }
}
