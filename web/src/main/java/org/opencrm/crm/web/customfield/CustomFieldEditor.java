package org.opencrm.crm.web.customfield;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.opencrm.crm.platform.customfield.CustomField;
import org.opencrm.crm.platform.customfield.CustomFieldKind;
import org.opencrm.crm.platform.customfield.CustomFieldOption;
import org.opencrm.crm.platform.customfield.CustomFields;
import org.opencrm.crm.platform.security.AccessDeniedException;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;
import org.opencrm.crm.web.i18n.Texts;

/**
 * The custom fields page: pick an entity; rename its fields, make them required or list columns,
 * reorder and archive them, edit list values; add new fields. For those who may change the
 * settings; others get 403. Every row action first saves what was typed in any row.
 */
@Named
@ViewScoped
public class CustomFieldEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One list value as the page edits it. */
  public static class OptionRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Long id;
    private String name;
    private final boolean archived;

    OptionRow(CustomFieldOption o) {
      this.id = o.getId();
      this.name = o.getName();
      this.archived = o.isArchived();
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

  /** One field as the page edits it. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Long id;
    private final String code;
    private final CustomFieldKind kind;
    private final String linkEntity;
    private final boolean archived;
    private String name;
    private boolean required;
    private boolean inList;
    private String newOption;
    private final List<OptionRow> options;

    Row(CustomField f) {
      this.id = f.getId();
      this.code = f.getCode();
      this.kind = f.getKind();
      this.linkEntity = f.getLinkEntity();
      this.archived = f.isArchived();
      this.name = f.getName();
      this.required = f.isRequired();
      this.inList = f.isInList();
      this.options = new ArrayList<>(f.getOptions().stream().map(OptionRow::new).toList());
    }

    public Long getId() {
      return id;
    }

    public String getCode() {
      return code;
    }

    public CustomFieldKind getKind() {
      return kind;
    }

    public String getLinkEntity() {
      return linkEntity;
    }

    public boolean isArchived() {
      return archived;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public boolean isRequired() {
      return required;
    }

    public void setRequired(boolean required) {
      this.required = required;
    }

    public boolean isInList() {
      return inList;
    }

    public void setInList(boolean inList) {
      this.inList = inList;
    }

    public String getNewOption() {
      return newOption;
    }

    public void setNewOption(String newOption) {
      this.newOption = newOption;
    }

    public List<OptionRow> getOptions() {
      return options;
    }
  }

  @Inject CustomFields fields;
  @Inject Texts texts;

  private String entity = CustomFields.ENTITIES.get(0);
  private List<Row> rows;
  private String newName;
  private CustomFieldKind newKind = CustomFieldKind.TEXT;
  private String newLinkEntity = CustomFields.LINK_TARGETS.get(0);
  private boolean newRequired;
  private boolean newInList;
  private String newOptions;

  public void load() {
    if (!fields.canEdit()) {
      throw new AccessDeniedException("Custom fields are for administrators");
    }
    if (!CustomFields.ENTITIES.contains(entity)) {
      entity = CustomFields.ENTITIES.get(0);
    }
    if (rows == null) {
      reload();
    }
  }

  private void reload() {
    rows = new ArrayList<>(fields.all(entity).stream().map(Row::new).toList());
  }

  public void choose() {
    reload();
  }

  /** Saves every row (and list value) whose text or flags were changed. */
  public void saveAll() {
    run(this::saveChanged);
  }

  private void saveChanged() {
    for (Row row : rows) {
      CustomField f = fields.field(entity, row.getId()).orElse(null);
      if (f == null) {
        continue;
      }
      if (!f.getName().equals(row.getName())
          || f.isRequired() != row.isRequired()
          || f.isInList() != row.isInList()) {
        fields.change(entity, row.getId(), row.getName(), row.isRequired(), row.isInList());
      }
      for (OptionRow o : row.getOptions()) {
        f.option(o.getId())
            .filter(current -> !Objects.equals(current.getName(), o.getName()))
            .ifPresent(current -> fields.renameOption(entity, row.getId(), o.getId(), o.getName()));
      }
      if (row.getNewOption() != null && !row.getNewOption().isBlank()) {
        fields.addOption(entity, row.getId(), row.getNewOption());
      }
    }
  }

  public void archive(Row row) {
    run(
        () -> {
          saveChanged();
          fields.archive(entity, row.getId(), !row.isArchived());
        });
  }

  public void move(Row row, int step) {
    run(
        () -> {
          saveChanged();
          fields.move(entity, row.getId(), step);
        });
  }

  public void archiveOption(Row row, OptionRow option) {
    run(
        () -> {
          saveChanged();
          fields.archiveOption(entity, row.getId(), option.getId(), !option.isArchived());
        });
  }

  public void add() {
    boolean added =
        run(
            () ->
                fields.add(
                    entity,
                    newName,
                    newKind,
                    newLinkEntity,
                    newRequired,
                    newInList,
                    newOptions == null ? List.of() : Arrays.asList(newOptions.split("\\R"))));
    if (added) {
      newName = null;
      newOptions = null;
      newRequired = false;
      newInList = false;
    }
  }

  private boolean run(Runnable change) {
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

  public List<String> getEntities() {
    return CustomFields.ENTITIES;
  }

  public List<String> getLinkTargets() {
    return CustomFields.LINK_TARGETS;
  }

  public CustomFieldKind[] getKinds() {
    return CustomFieldKind.values();
  }

  public String getEntity() {
    return entity;
  }

  public void setEntity(String entity) {
    this.entity = entity;
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

  public CustomFieldKind getNewKind() {
    return newKind;
  }

  public void setNewKind(CustomFieldKind newKind) {
    this.newKind = newKind;
  }

  public String getNewLinkEntity() {
    return newLinkEntity;
  }

  public void setNewLinkEntity(String newLinkEntity) {
    this.newLinkEntity = newLinkEntity;
  }

  public boolean isNewRequired() {
    return newRequired;
  }

  public void setNewRequired(boolean newRequired) {
    this.newRequired = newRequired;
  }

  public boolean isNewInList() {
    return newInList;
  }

  public void setNewInList(boolean newInList) {
    this.newInList = newInList;
  }

  public String getNewOptions() {
    return newOptions;
  }

  public void setNewOptions(String newOptions) {
    this.newOptions = newOptions;
  }
}
