package org.opencrm.crm.platform.customfield;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencrm.crm.platform.persistence.LikePatterns;

/**
 * Turns custom-field conditions into query conditions on a record list, choosing the plan by how
 * many values match, which the value table's per-kind indexes (field, value, record) tell cheaply:
 *
 * <ul>
 *   <li>few (a narrow range, a rare list value): "the record's id is among those with such a
 *       value", which the database answers from the matching values;
 *   <li>many (a list value half the records hold): "this record has such a value", one index probe
 *       per record read in the list's order, so the first page stops after a few dozen;
 *   <li>no value: always per record, as a count of its values, which the database does not turn
 *       into gathering every record that has one.
 * </ul>
 *
 * One instance per request remembers the estimates.
 */
public final class CustomConditions {

  /**
   * From this many matching values on, a condition is checked per record ({@code
   * crm.customfield.many}, 5,000 by default; the tests lower it to take both ways on small data).
   */
  static final int MANY = Integer.getInteger("crm.customfield.many", 5_000);

  private final EntityManager em;
  private final Map<CustomCondition, Boolean> many = new HashMap<>();

  public CustomConditions(EntityManager em) {
    this.em = em;
  }

  /** Adds a predicate per condition on the record's id. */
  public void addTo(
      CriteriaBuilder cb,
      CriteriaQuery<?> q,
      Path<Long> recordId,
      List<CustomCondition> all,
      List<Predicate> where) {
    for (CustomCondition c : all) {
      where.add(predicate(cb, q, recordId, c));
    }
  }

  Predicate predicate(
      CriteriaBuilder cb, CriteriaQuery<?> q, Path<Long> recordId, CustomCondition c) {
    if (c.operator() == CustomCondition.Operator.ANY_OF
        && (c.options() == null || c.options().isEmpty())) {
      return cb.conjunction();
    }
    boolean empty = c.operator() == CustomCondition.Operator.EMPTY;
    if (empty || matchesMany(cb, c)) {
      Subquery<Long> count = q.subquery(Long.class);
      Root<CustomValue> v = count.from(CustomValue.class);
      List<Predicate> match = match(cb, v, c);
      match.add(cb.equal(v.get("recordId"), recordId));
      count.select(cb.count(v)).where(match.toArray(Predicate[]::new));
      // "Not equal to 0" rather than "greater than": the JPA provider compares subqueries by
      // equality.
      return empty ? cb.equal(count, 0L) : cb.not(cb.equal(count, 0L));
    }
    Subquery<Long> sub = q.subquery(Long.class);
    Root<CustomValue> v = sub.from(CustomValue.class);
    sub.select(v.get("recordId")).where(match(cb, v, c).toArray(Predicate[]::new));
    return recordId.in(sub);
  }

  /** Whether at least {@link #MANY} values match (read from the index, stopping there). */
  private boolean matchesMany(CriteriaBuilder cb, CustomCondition c) {
    return many.computeIfAbsent(
        c,
        k -> {
          CriteriaQuery<Long> q = cb.createQuery(Long.class);
          Root<CustomValue> v = q.from(CustomValue.class);
          q.select(v.get("recordId")).where(match(cb, v, k).toArray(Predicate[]::new));
          return em.createQuery(q).setMaxResults(MANY).getResultList().size() >= MANY;
        });
  }

  /** The values that meet a condition (for EMPTY: any value of the field). */
  private static List<Predicate> match(CriteriaBuilder cb, Root<CustomValue> v, CustomCondition c) {
    List<Predicate> match = new ArrayList<>();
    match.add(cb.equal(v.get("fieldId"), c.fieldId()));
    switch (c.operator()) {
      case STARTS_WITH ->
          match.add(
              LikePatterns.startsWith(
                  cb, v.get("textValue"), c.text() == null ? "" : c.text().strip()));
      case RANGE -> {
        if (c.from() != null) {
          match.add(cb.greaterThanOrEqualTo(v.get("numberValue"), c.from()));
        }
        if (c.to() != null) {
          match.add(cb.lessThanOrEqualTo(v.get("numberValue"), c.to()));
        }
        if (c.fromDay() != null) {
          match.add(cb.greaterThanOrEqualTo(v.get("dateValue"), c.fromDay()));
        }
        if (c.toDay() != null) {
          match.add(cb.lessThanOrEqualTo(v.get("dateValue"), c.toDay()));
        }
      }
      case ANY_OF -> match.add(v.get("optionId").in(c.options()));
      case LINKED_TO -> match.add(cb.equal(v.get("linkId"), c.linkId()));
      case CHECKED, NOT_EMPTY, EMPTY -> {
        // Any row of the field: a checkbox has a row only when checked, other kinds only when set.
      }
      default -> throw new IllegalArgumentException(c.operator().name());
    }
    return match;
  }
}
