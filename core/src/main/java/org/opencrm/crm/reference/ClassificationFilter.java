package org.opencrm.crm.reference;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.io.Serializable;
import java.util.List;

/**
 * A list filter on type, status, category and source, each optional. An id picks that value; {@link
 * #EMPTY} picks records without one ("not set").
 */
public record ClassificationFilter(Long typeId, Long statusId, Long categoryId, Long sourceId)
    implements Serializable {

  /** The id that stands for "no value" in a filter. */
  public static final long EMPTY = 0L;

  public static final ClassificationFilter NONE = new ClassificationFilter(null, null, null, null);

  /** Adds a condition for every value chosen. */
  public void addTo(CriteriaBuilder cb, Path<?> classification, List<Predicate> where) {
    add(cb, classification.get("type"), typeId, where);
    add(cb, classification.get("status"), statusId, where);
    add(cb, classification.get("category"), categoryId, where);
    add(cb, classification.get("source"), sourceId, where);
  }

  /** The condition of one reference column: its value, or none when {@link #EMPTY}. */
  public static void add(CriteriaBuilder cb, Path<?> item, Long id, List<Predicate> where) {
    if (id == null) {
      return;
    }
    where.add(id == EMPTY ? cb.isNull(item) : cb.equal(item.get("id"), id));
  }
}
