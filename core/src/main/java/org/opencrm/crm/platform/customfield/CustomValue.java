package org.opencrm.crm.platform.customfield;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One stored value of a custom field on a record; the column used depends on the field's kind. A
 * multi-list has one row per chosen value; an empty value has no row.
 */
@Entity
@Table(name = "custom_value")
public class CustomValue {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "field_id", nullable = false)
  private Long fieldId;

  @Column(name = "record_id", nullable = false)
  private Long recordId;

  @Column(name = "text_value")
  private String textValue;

  @Column(name = "number_value")
  private BigDecimal numberValue;

  @Column(name = "date_value")
  private LocalDate dateValue;

  @Column(name = "option_id")
  private Long optionId;

  @Column(name = "link_id")
  private Long linkId;

  protected CustomValue() {}

  CustomValue(Long fieldId, Long recordId) {
    this.fieldId = fieldId;
    this.recordId = recordId;
  }

  static CustomValue of(CustomField field, Long recordId, Object value) {
    CustomValue v = new CustomValue(field.getId(), recordId);
    switch (field.getKind()) {
      case TEXT -> v.textValue = (String) value;
      case NUMBER, MONEY -> v.numberValue = (BigDecimal) value;
      case CHECKBOX -> v.numberValue = BigDecimal.ONE;
      case DATE -> v.dateValue = (LocalDate) value;
      case LIST, MULTI_LIST -> v.optionId = (Long) value;
      case LINK -> v.linkId = (Long) value;
      default -> throw new IllegalArgumentException(field.getKind().name());
    }
    return v;
  }

  /** The value as the draft holds it, for a field of the given kind. */
  Object value(CustomFieldKind kind) {
    return switch (kind) {
      case TEXT -> textValue;
      case NUMBER, MONEY -> numberValue;
      case CHECKBOX -> Boolean.TRUE;
      case DATE -> dateValue;
      case LIST, MULTI_LIST -> optionId;
      case LINK -> linkId;
    };
  }

  /** The row's columns, in the order of {@link CustomValueStore#insertAll}. */
  Object[] columns() {
    return new Object[] {fieldId, recordId, textValue, numberValue, dateValue, optionId, linkId};
  }

  public Long getFieldId() {
    return fieldId;
  }

  public Long getRecordId() {
    return recordId;
  }
}
