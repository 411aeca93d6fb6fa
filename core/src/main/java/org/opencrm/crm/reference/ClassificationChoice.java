package org.opencrm.crm.reference;

import java.io.Serializable;

/** The type, status, category and source a form or the API chose: ids, not yet checked. */
public class ClassificationChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long typeId;
  private Long statusId;
  private Long categoryId;
  private Long sourceId;

  /** The choice a record holds now, for its editor. */
  public static ClassificationChoice of(Classification c) {
    ClassificationChoice choice = new ClassificationChoice();
    if (c != null) {
      choice.typeId = c.getType() == null ? null : c.getType().getId();
      choice.statusId = c.getStatus() == null ? null : c.getStatus().getId();
      choice.categoryId = c.getCategory() == null ? null : c.getCategory().getId();
      choice.sourceId = c.getSource() == null ? null : c.getSource().getId();
    }
    return choice;
  }

  public Long getTypeId() {
    return typeId;
  }

  public void setTypeId(Long typeId) {
    this.typeId = typeId;
  }

  public Long getStatusId() {
    return statusId;
  }

  public void setStatusId(Long statusId) {
    this.statusId = statusId;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public Long getSourceId() {
    return sourceId;
  }

  public void setSourceId(Long sourceId) {
    this.sourceId = sourceId;
  }
}
