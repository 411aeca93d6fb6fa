package org.opencrm.crm.company;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opencrm.crm.platform.persistence.LikePatterns;
import org.opencrm.crm.platform.phone.PhoneNumbers;
import org.opencrm.crm.platform.record.RecordRepository;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.settings.TenantSettingsService;
import org.opencrm.crm.reference.ClassificationFilter;

/**
 * Reads companies, always through the permission layer: every query here is restricted to the
 * records the current user may reach for the given action. Lists page by keys (name, id), and
 * counts stop at a cap.
 */
@RequestScoped
public class CompanyRepository extends RecordRepository<Company, CompanyFilter> {

  @Override
  protected Class<Company> type() {
    return Company.class;
  }

  @Override
  protected String entity() {
    return Company.ENTITY;
  }

  /** The position just after a row in the list's order. */
  public record Cursor(String name, Long id) implements java.io.Serializable {
    public static Cursor after(Company c) {
      return new Cursor(c.getName(), c.getId());
    }
  }

  /** A page of rows and whether more follow. */
  public record Page(List<Company> rows, boolean more) {}

  @Inject TenantSettingsService settings;

  /** The companies a contact is linked to that the user may see, by name. */
  public List<Company> ofContact(Long contactId) {
    EntityManager em = db.em();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Company> q = cb.createQuery(Company.class);
    Root<Company> c = q.from(Company.class);
    Subquery<Long> linked = q.subquery(Long.class);
    Root<ContactCompanyLink> l = linked.from(ContactCompanyLink.class);
    linked.select(l.get("companyId")).where(cb.equal(l.get("contactId"), contactId));
    q.where(
        c.get("id").in(linked),
        cb.isNull(c.get("deletedAt")),
        access.restrict(cb, c.get("owner"), Company.ENTITY, PermissionAction.VIEW));
    q.orderBy(cb.asc(c.get("name")), cb.asc(c.get("id")));
    return em.createQuery(q).setMaxResults(200).getResultList();
  }

  /**
   * A page of companies by name after a cursor (or from the start, or from an offset when no
   * cursor).
   *
   * @param action {@code VIEW} for lists and search, {@code EXPORT} for exports
   */
  public Page page(
      CompanyFilter filter, Cursor after, int offset, int limit, PermissionAction action) {
    EntityManager em = db.em();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Company> q = cb.createQuery(Company.class);
    Root<Company> c = q.from(Company.class);
    List<Predicate> where = conditions(cb, q, c, filter, action);
    if (after != null) {
      where.add(
          cb.or(
              cb.greaterThan(c.get("name"), after.name()),
              cb.and(
                  cb.equal(c.get("name"), after.name()), cb.greaterThan(c.get("id"), after.id()))));
    }
    q.where(where.toArray(Predicate[]::new));
    q.orderBy(cb.asc(c.get("name")), cb.asc(c.get("id")));
    TypedQuery<Company> query = em.createQuery(q).setMaxResults(limit + 1);
    if (after == null && offset > 0) {
      query.setFirstResult(Math.min(offset, MAX_OFFSET));
    }
    List<Company> rows = new ArrayList<>(query.getResultList());
    boolean more = rows.size() > limit;
    if (more) {
      rows.remove(limit);
    }
    return new Page(rows, more);
  }

  @Override
  protected void filtered(
      CriteriaBuilder cb,
      CriteriaQuery<?> q,
      Root<Company> c,
      CompanyFilter filter,
      List<Predicate> where) {
    String name = blankToNull(filter.name());
    if (name != null) {
      // Without the legal form and quotes on both sides: «Вектор» finds АО «Вектор».
      String key = CompanyNames.searchKey(name);
      where.add(LikePatterns.startsWith(cb, c.get("searchName"), key.isEmpty() ? name : key));
    }
    String inn = blankToNull(filter.inn());
    if (inn != null) {
      Subquery<Long> sub = q.subquery(Long.class);
      Root<RequisiteSet> r = sub.from(RequisiteSet.class);
      sub.select(r.get("company").get("id"))
          .where(LikePatterns.startsWith(cb, r.get("inn"), inn.replaceAll("[\\s\\-]", "")));
      where.add(c.get("id").in(sub));
    }
    String phone = blankToNull(filter.phone());
    if (phone != null) {
      Optional<String> key = PhoneNumbers.searchKey(phone, settings.current().getPhoneRegion());
      if (key.isEmpty()) {
        where.add(cb.disjunction());
      } else {
        Subquery<Long> sub = q.subquery(Long.class);
        Root<CompanyPhone> p = sub.from(CompanyPhone.class);
        sub.select(p.get("id"))
            .where(
                cb.equal(p.get("company"), c),
                LikePatterns.startsWith(cb, p.get("digitsReversed"), key.get()));
        where.add(cb.exists(sub));
      }
    }
    String email = blankToNull(filter.email());
    if (email != null) {
      Subquery<Long> sub = q.subquery(Long.class);
      Root<CompanyEmail> e = sub.from(CompanyEmail.class);
      sub.select(e.get("company").get("id"))
          .where(LikePatterns.startsWith(cb, e.get("address"), email.toLowerCase(Locale.ROOT)));
      where.add(c.get("id").in(sub));
    }
    if (filter.classified() != null) {
      filter.classified().addTo(cb, c.get("classification"), where);
    }
    ClassificationFilter.add(cb, c.get("activity"), filter.activityId(), where);
    if (filter.ownerId() != null) {
      where.add(cb.equal(c.get("owner").get("id"), filter.ownerId()));
    }
  }
}
