package org.opencrm.crm.web.reference;

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
import org.opencrm.crm.reference.ReferenceItem;
import org.opencrm.crm.reference.ReferenceList;
import org.opencrm.crm.reference.ReferenceLists;
import org.opencrm.crm.web.i18n.Texts;

/**
 * The reference lists page (Справочники): pick a list, rename, recolour, reorder and archive its
 * values, add new ones. For those who may change the settings; others get 403.
 */
@Named
@ViewScoped
public class ReferenceListEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One value as the page edits it. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Long id;
    private String name;
    private String color;
    private final boolean archived;

    Row(ReferenceItem item) {
      this.id = item.getId();
      this.name = item.getName();
      this.color = item.getColor();
      this.archived = item.isArchived();
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

    /** {@code #RRGGBB}, as the colour picker takes it. */
    public String getColor() {
      return color;
    }

    public void setColor(String color) {
      this.color = color;
    }

    public boolean isArchived() {
      return archived;
    }
  }

  @Inject ReferenceLists lists;
  @Inject Texts texts;

  private String listKey = ReferenceList.CONTACT_TYPE.key();
  private List<Row> rows;
  private String newName;
  private String newColor;

  public void load() {
    if (!lists.canEdit()) {
      throw new AccessDeniedException("Reference lists are for administrators");
    }
    if (ReferenceList.byKey(listKey).isEmpty()) {
      listKey = ReferenceList.CONTACT_TYPE.key();
    }
    if (rows == null) {
      reload();
    }
  }

  private ReferenceList list() {
    return ReferenceList.byKey(listKey).orElse(ReferenceList.CONTACT_TYPE);
  }

  private void reload() {
    rows = new ArrayList<>(lists.all(list()).stream().map(Row::new).toList());
  }

  public void choose() {
    reload();
    newName = null;
    newColor = null;
  }

  /** Saves every row whose name or colour was changed. */
  public void saveAll() {
    run(this::saveChanged, "row");
  }

  private void saveChanged() {
    for (Row row : rows) {
      lists.all(list()).stream()
          .filter(i -> i.getId().equals(row.getId()))
          .findFirst()
          .filter(
              i ->
                  !i.getName().equals(row.getName())
                      || !java.util.Objects.equals(i.getColor(), hex(row.getColor())))
          .ifPresent(i -> lists.change(list(), row.getId(), row.getName(), hex(row.getColor())));
    }
  }

  public void add() {
    if (run(() -> lists.add(list(), newName, hex(newColor)), "new")) {
      newName = null;
      newColor = null;
    }
  }

  public void archive(Row row) {
    run(
        () -> {
          saveChanged();
          lists.archive(list(), row.getId(), !row.isArchived());
        },
        "row");
  }

  public void move(Row row, int step) {
    run(
        () -> {
          saveChanged();
          lists.move(list(), row.getId(), step);
        },
        "row");
  }

  private boolean run(Runnable change, String where) {
    try {
      change.run();
      texts.message(null, FacesMessage.SEVERITY_INFO, "settings.saved");
      reload();
      return true;
    } catch (ValidationException e) {
      for (FieldError error : e.errors()) {
        texts.message(
            null, FacesMessage.SEVERITY_ERROR, error.messageKey(), error.arguments().toArray());
      }
      FacesContext.getCurrentInstance().validationFailed();
      return false;
    }
  }

  private static String hex(String color) {
    return color == null || color.isBlank() ? null : "#" + color.strip().replace("#", "");
  }

  /** The lists, by their name in the user's language. */
  public List<ReferenceList> getLists() {
    return List.of(ReferenceList.values());
  }

  public boolean isColored() {
    return list().colored();
  }

  public String getListKey() {
    return listKey;
  }

  public void setListKey(String listKey) {
    this.listKey = listKey;
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

  public String getNewColor() {
    return newColor;
  }

  public void setNewColor(String newColor) {
    this.newColor = newColor;
  }
}
