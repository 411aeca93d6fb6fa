package org.opencrm.crm.platform.customfield;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One list filter on a custom field. Which parts count depends on the operator: {@code text} for
 * STARTS_WITH, the bounds for RANGE (either may be open), the option ids for ANY_OF, the id for
 * LINKED_TO.
 */
public record CustomCondition(
    Long fieldId,
    Operator operator,
    String text,
    BigDecimal from,
    BigDecimal to,
    LocalDate fromDay,
    LocalDate toDay,
    List<Long> options,
    Long linkId)
    implements Serializable {

  /** How a value is compared. */
  public enum Operator {
    /** Text starting with the given text (ignoring case). */
    STARTS_WITH,
    /** A number or a day within the bounds, both included. */
    RANGE,
    /** A list value among the given ones (a multi-list: any of its values). */
    ANY_OF,
    /** A checked box. */
    CHECKED,
    /** A link to the given record. */
    LINKED_TO,
    /** Any value. */
    NOT_EMPTY,
    /** No value (an unchecked box, an empty list). */
    EMPTY
  }

  public static CustomCondition startsWith(Long fieldId, String text) {
    return new CustomCondition(
        fieldId, Operator.STARTS_WITH, text, null, null, null, null, null, null);
  }

  public static CustomCondition between(Long fieldId, BigDecimal from, BigDecimal to) {
    return new CustomCondition(fieldId, Operator.RANGE, null, from, to, null, null, null, null);
  }

  public static CustomCondition between(Long fieldId, LocalDate from, LocalDate to) {
    return new CustomCondition(fieldId, Operator.RANGE, null, null, null, from, to, null, null);
  }

  public static CustomCondition anyOf(Long fieldId, List<Long> options) {
    return new CustomCondition(
        fieldId, Operator.ANY_OF, null, null, null, null, null, List.copyOf(options), null);
  }

  public static CustomCondition linkedTo(Long fieldId, Long recordId) {
    return new CustomCondition(
        fieldId, Operator.LINKED_TO, null, null, null, null, null, null, recordId);
  }

  public static CustomCondition of(Long fieldId, Operator operator) {
    return new CustomCondition(fieldId, operator, null, null, null, null, null, null, null);
  }
}
