package org.opencrm.crm.platform.persistence;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

/** Prefix matches in criteria queries, with the user's text escaped so "%" and "_" are literal. */
public final class LikePatterns {

  private LikePatterns() {}

  /** {@code column LIKE 'prefix%'}: an index on the column answers it in key order. */
  public static Predicate startsWith(CriteriaBuilder cb, Expression<String> column, String prefix) {
    return cb.like(column, escape(prefix) + "%", '\\');
  }

  /** The text with the LIKE wildcards and the escape character escaped. */
  public static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
