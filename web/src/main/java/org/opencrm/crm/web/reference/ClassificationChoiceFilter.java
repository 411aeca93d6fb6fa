package org.opencrm.crm.web.reference;

import java.io.Serializable;
import java.util.List;
import org.opencrm.crm.reference.ClassificationFilter;

/** The type, status, category and source a list is filtered by, as its form holds them. */
public class ClassificationChoiceFilter implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long typeId;
  private Long statusId;
  private Long categoryId;
  private Long sourceId;

  public ClassificationFilter filter() {
    return new ClassificationFilter(typeId, statusId, categoryId, sourceId);
  }

  public void clear() {
    typeId = null;
    statusId = null;
    categoryId = null;
    sourceId = null;
  }

  /** The chosen values as export parameters ({@code type=12}). */
  public void addTo(List<String> params) {
    add(params, "type", typeId);
    add(params, "status", statusId);
    add(params, "category", categoryId);
    add(params, "source", sourceId);
  }

  private static void add(List<String> params, String key, Long value) {
    if (value != null) {
      params.add(key + "=" + value);
    }
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
