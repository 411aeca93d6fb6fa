package org.opencrm.crm.platform.customfield;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.opencrm.crm.platform.persistence.LikePatterns;

/**
 * Turns custom-field conditions into query conditions: "the record's id is among those with such a
 * value of the field", answered by the value table's per-kind indexes (field, value, record).
 */
public final class CustomConditions {

  private CustomConditions() {}

  /** Adds a predicate per condition on the record's id. */
  public static void addTo(
      CriteriaBuilder cb,
      CriteriaQuery<?> q,
      Path<Long> recordId,
      List<CustomCondition> all,
      List<Predicate> where) {
    for (CustomCondition c : all) {
      where.add(predicate(cb, q, recordId, c));
    }
  }

  static Predicate predicate(
      CriteriaBuilder cb, CriteriaQuery<?> q, Path<Long> recordId, CustomCondition c) {
    if (c.operator() == CustomCondition.Operator.EMPTY) {
      // "No value" as a count of the record's values (an index probe on record and field per
      // record). Not NOT EXISTS or NOT IN: the database turns those into gathering every record
      // that has a value first, half a million for a half-filled field.
      Subquery<Long> count = q.subquery(Long.class);
      Root<CustomValue> w = count.from(CustomValue.class);
      count
          .select(cb.count(w))
          .where(cb.equal(w.get("recordId"), recordId), cb.equal(w.get("fieldId"), c.fieldId()));
      return cb.equal(count, 0L);
    }
    Subquery<Long> sub = q.subquery(Long.class);
    Root<CustomValue> v = sub.from(CustomValue.class);
    List<Predicate> match = new ArrayList<>();
    match.add(cb.equal(v.get("fieldId"), c.fieldId()));
    switch (c.operator()) {
      case STARTS_WITH -> {
        String text = c.text() == null ? "" : c.text().strip();
        match.add(LikePatterns.startsWith(cb, v.get("textValue"), text));
      }
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
      case ANY_OF -> {
        if (c.options() == null || c.options().isEmpty()) {
          return cb.conjunction();
        }
        match.add(v.get("optionId").in(c.options()));
      }
      case LINKED_TO -> match.add(cb.equal(v.get("linkId"), c.linkId()));
      case CHECKED, NOT_EMPTY -> {
        // Any row of the field: a checkbox has a row only when checked, other kinds only when set.
      }
      default -> throw new IllegalArgumentException(c.operator().name());
    }
    sub.select(v.get("recordId")).where(match.toArray(Predicate[]::new));
    return recordId.in(sub);
  }
}
