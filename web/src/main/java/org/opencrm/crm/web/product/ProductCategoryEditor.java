package org.opencrm.crm.web.product;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.opencrm.crm.platform.security.AccessDeniedException;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;
import org.opencrm.crm.product.ProductCategories;
import org.opencrm.crm.product.ProductCategory;
import org.opencrm.crm.web.i18n.Texts;

/**
 * The product categories page: rename, reorder and archive categories, add new ones. For those who
 * may change the settings; others get 403.
 */
@Named
@ViewScoped
public class ProductCategoryEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One category as the page edits it. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Long id;
    private final String saved;
    private String name;
    private final boolean archived;

    Row(ProductCategory c) {
      this.id = c.getId();
      this.saved = c.getName();
      this.name = c.getName();
      this.archived = c.isArchived();
    }

    public Long getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public boolean isArchived() {
      return archived;
    }
  }

  @Inject ProductCategories categories;
  @Inject Texts texts;

  private List<Row> rows;
  private String newName;

  public void load() {
    if (!categories.canEdit()) {
      throw new AccessDeniedException("Product categories are for administrators");
    }
    read();
  }

  private void read() {
    rows = new ArrayList<>(categories.all().stream().map(Row::new).toList());
  }

  /** Saves every renamed row. */
  public void saveAll() {
    saveRows();
  }

  /** Saves every renamed row; a refused name is told next to its row, the rest are kept. */
  private boolean saveRows() {
    boolean ok = true;
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (row.name != null && !row.name.strip().equals(row.saved)) {
        try {
          categories.rename(row.id, row.name);
        } catch (ValidationException e) {
          ok = false;
          for (FieldError error : e.errors()) {
            texts.message(
                "categories:rows:" + i + ":name",
                FacesMessage.SEVERITY_ERROR,
                error.messageKey(),
                error.arguments().toArray());
          }
        }
      }
    }
    if (ok) {
      read();
    } else {
      FacesContext.getCurrentInstance().validationFailed();
    }
    return ok;
  }

  public void move(Row row, int step) {
    if (saveRows()) {
      categories.move(row.id, step);
      read();
    }
  }

  public void archive(Row row) {
    if (saveRows()) {
      categories.archive(row.id, !row.archived);
      read();
    }
  }

  public void add() {
    try {
      categories.add(newName);
      newName = null;
      read();
    } catch (ValidationException e) {
      for (FieldError error : e.errors()) {
        texts.message(
            "add:newName",
            FacesMessage.SEVERITY_ERROR,
            error.messageKey(),
            error.arguments().toArray());
      }
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }
}
