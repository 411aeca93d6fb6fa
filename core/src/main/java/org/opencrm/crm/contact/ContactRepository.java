package org.opencrm.crm.contact;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
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
import org.opencrm.crm.platform.security.UserAccount;
import org.opencrm.crm.platform.settings.TenantSettingsService;

/**
 * Reads contacts, always through the permission layer: every query here is restricted to the
 * records the current user may reach for the given action. Lists page by keys (sort columns plus
 * id), never by deep offsets, and counts stop at a cap.
 */
@RequestScoped
public class ContactRepository extends RecordRepository<Contact, ContactFilter> {

  @Override
  protected Class<Contact> type() {
    return Contact.class;
  }

  @Override
  protected String entity() {
    return Contact.ENTITY;
  }

  @Inject TenantSettingsService settings;

  /**
   * A page of contacts after a cursor (or from the start, or from an offset when no cursor).
   *
   * @param action {@code VIEW} for lists and search, {@code EXPORT} for exports
   */
  public ContactPage page(
      ContactFilter filter,
      ContactSort sort,
      ContactCursor after,
      int offset,
      int limit,
      PermissionAction action) {
    EntityManager em = db.em();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Contact> q = cb.createQuery(Contact.class);
    Root<Contact> c = q.from(Contact.class);
    List<Predicate> where = conditions(cb, q, c, filter, action);
    if (after != null) {
      where.add(afterCursor(cb, c, sort, after));
    }
    q.where(where.toArray(Predicate[]::new));
    q.orderBy(order(cb, c, sort));
    TypedQuery<Contact> query = em.createQuery(q).setMaxResults(limit + 1);
    if (after == null && offset > 0) {
      query.setFirstResult(Math.min(offset, MAX_OFFSET));
    }
    List<Contact> rows = new ArrayList<>(query.getResultList());
    boolean more = rows.size() > limit;
    if (more) {
      rows.remove(limit);
    }
    return new ContactPage(rows, more);
  }

  @Override
  protected void filtered(
      CriteriaBuilder cb,
      CriteriaQuery<?> q,
      Root<Contact> c,
      ContactFilter filter,
      List<Predicate> where) {
    String name = blankToNull(filter.name());
    if (name != null) {
      String[] words = name.split("\\s+", 3);
      if (words.length == 3) {
        // As lists show it: last, first, middle.
        where.add(LikePatterns.startsWith(cb, c.get("lastName"), words[0]));
        where.add(LikePatterns.startsWith(cb, c.get("firstName"), words[1]));
        where.add(LikePatterns.startsWith(cb, c.get("middleName"), words[2]));
      } else if (words.length == 2) {
        where.add(
            cb.or(
                cb.and(
                    LikePatterns.startsWith(cb, c.get("lastName"), words[0]),
                    LikePatterns.startsWith(cb, c.get("firstName"), words[1])),
                cb.and(
                    LikePatterns.startsWith(cb, c.get("firstName"), words[0]),
                    LikePatterns.startsWith(cb, c.get("lastName"), words[1]))));
      } else {
        // One word is a last-name prefix: the name index answers it in key order, so the first
        // page costs the same for ten contacts or a million.
        where.add(LikePatterns.startsWith(cb, c.get("lastName"), name));
      }
    }
    String phone = blankToNull(filter.phone());
    if (phone != null) {
      Optional<String> key = PhoneNumbers.searchKey(phone, settings.current().getPhoneRegion());
      if (key.isEmpty()) {
        where.add(cb.disjunction());
      } else {
        Subquery<Long> sub = q.subquery(Long.class);
        Root<ContactPhone> p = sub.from(ContactPhone.class);
        List<Predicate> match = new ArrayList<>();
        match.add(cb.equal(p.get("contact"), c));
        match.add(LikePatterns.startsWith(cb, p.get("digitsReversed"), key.get()));
        if (filter.phoneKind() != null) {
          match.add(cb.equal(p.get("kind"), filter.phoneKind()));
        }
        sub.select(p.get("id")).where(match.toArray(Predicate[]::new));
        where.add(cb.exists(sub));
      }
    }
    String email = blankToNull(filter.email());
    if (email != null) {
      Subquery<Long> sub = q.subquery(Long.class);
      Root<ContactEmail> e = sub.from(ContactEmail.class);
      sub.select(e.get("contact").get("id"))
          .where(LikePatterns.startsWith(cb, e.get("address"), email.toLowerCase(Locale.ROOT)));
      where.add(c.get("id").in(sub));
    }
    if (filter.classified() != null) {
      filter.classified().addTo(cb, c.get("classification"), where);
    }
    if (filter.ownerId() != null) {
      Path<UserAccount> owner = c.get("owner");
      where.add(cb.equal(owner.get("id"), filter.ownerId()));
    }
  }

  private static Predicate afterCursor(
      CriteriaBuilder cb, Root<Contact> c, ContactSort sort, ContactCursor at) {
    boolean desc = sort.descending();
    Predicate idAfter =
        desc ? cb.lessThan(c.get("id"), at.id()) : cb.greaterThan(c.get("id"), at.id());
    if (sort.byName()) {
      Path<String> last = c.get("lastName");
      Path<String> first = c.get("firstName");
      return cb.or(
          beyond(cb, last, at.lastName(), desc),
          cb.and(
              cb.equal(last, at.lastName()),
              cb.or(
                  beyond(cb, first, at.firstName(), desc),
                  cb.and(cb.equal(first, at.firstName()), idAfter))));
    }
    Path<java.time.Instant> created = c.get("createdAt");
    return cb.or(
        desc ? cb.lessThan(created, at.createdAt()) : cb.greaterThan(created, at.createdAt()),
        cb.and(cb.equal(created, at.createdAt()), idAfter));
  }

  private static Predicate beyond(
      CriteriaBuilder cb, Path<String> column, String value, boolean desc) {
    return desc ? cb.lessThan(column, value) : cb.greaterThan(column, value);
  }

  private static List<Order> order(CriteriaBuilder cb, Root<Contact> c, ContactSort sort) {
    boolean desc = sort.descending();
    List<Order> orders = new ArrayList<>();
    if (sort.byName()) {
      orders.add(desc ? cb.desc(c.get("lastName")) : cb.asc(c.get("lastName")));
      orders.add(desc ? cb.desc(c.get("firstName")) : cb.asc(c.get("firstName")));
    } else {
      orders.add(desc ? cb.desc(c.get("createdAt")) : cb.asc(c.get("createdAt")));
    }
    orders.add(desc ? cb.desc(c.get("id")) : cb.asc(c.get("id")));
    return orders;
  }
}
