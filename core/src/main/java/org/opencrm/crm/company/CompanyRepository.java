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
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.phone.PhoneNumbers;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.settings.TenantSettingsService;

/**
 * Reads companies, always through the permission layer: every query here is restricted to the
 * records the current user may reach for the given action. Lists page by keys (name, id), and
 * counts stop at a cap.
 */
@RequestScoped
public class CompanyRepository {

  /** Counts stop here; lists show "10,000+" beyond it. */
  public static final int COUNT_CAP = 10_000;

  /** Deepest offset a list may jump to; further pages are reached by keys. */
  public static final int MAX_OFFSET = 10_000;

  /** The position just after a row in the list's order. */
  public record Cursor(String name, Long id) implements java.io.Serializable {
    public static Cursor after(Company c) {
      return new Cursor(c.getName(), c.getId());
    }
  }

  /** A page of rows and whether more follow. */
  public record Page(List<Company> rows, boolean more) {}

  @Inject TenantDatabase db;
  @Inject AccessControl access;
  @Inject TenantSettingsService settings;

  /** The company, if it exists (not in the trash) and the user may do the action on it. */
  public Optional<Company> find(Long id, PermissionAction action) {
    return one(id, action, false);
  }

  /** A company in the trash, if the user may delete (and so restore) it. */
  public Optional<Company> findInTrash(Long id) {
    return one(id, PermissionAction.DELETE, true);
  }

  private Optional<Company> one(Long id, PermissionAction action, boolean trashed) {
    if (id == null) {
      return Optional.empty();
    }
    EntityManager em = db.em();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Company> q = cb.createQuery(Company.class);
    Root<Company> c = q.from(Company.class);
    q.where(
        cb.equal(c.get("id"), id),
        trashed ? cb.isNotNull(c.get("deletedAt")) : cb.isNull(c.get("deletedAt")),
        access.restrict(cb, c.get("owner"), Company.ENTITY, action));
    return em.createQuery(q).getResultStream().findFirst();
  }

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

  /** The trash: deleted companies the user may restore, most recently deleted first. */
  public List<Company> trash(int limit) {
    EntityManager em = db.em();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Company> q = cb.createQuery(Company.class);
    Root<Company> c = q.from(Company.class);
    q.where(
        cb.isNotNull(c.get("deletedAt")),
        access.restrict(cb, c.get("owner"), Company.ENTITY, PermissionAction.DELETE));
    q.orderBy(cb.desc(c.get("deletedAt")), cb.desc(c.get("id")));
    return em.createQuery(q).setMaxResults(limit).getResultList();
  }

  /** Removes for good the companies that have been in the trash longer than the retention. */
  public int purgeTrashedBefore(java.time.Instant cutoff) {
    return db.em()
        .createQuery(
            "DELETE FROM Company c WHERE c.deletedAt IS NOT NULL AND c.deletedAt < :cutoff")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
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

  /** How many companies match, counting no further than {@link #COUNT_CAP} + 1. */
  public int countCapped(CompanyFilter filter, PermissionAction action) {
    EntityManager em = db.em();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<Company> c = q.from(Company.class);
    q.select(c.get("id"));
    q.where(conditions(cb, q, c, filter, action).toArray(Predicate[]::new));
    return em.createQuery(q).setMaxResults(COUNT_CAP + 1).getResultList().size();
  }

  private List<Predicate> conditions(
      CriteriaBuilder cb,
      CriteriaQuery<?> q,
      Root<Company> c,
      CompanyFilter filter,
      PermissionAction action) {
    List<Predicate> where = new ArrayList<>();
    where.add(cb.isNull(c.get("deletedAt")));
    where.add(access.restrict(cb, c.get("owner"), Company.ENTITY, action));
    if (filter == null) {
      return where;
    }
    String name = blankToNull(filter.name());
    if (name != null) {
      where.add(LikePatterns.startsWith(cb, c.get("name"), name));
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
    if (filter.ownerId() != null) {
      where.add(cb.equal(c.get("owner").get("id"), filter.ownerId()));
    }
    return where;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
