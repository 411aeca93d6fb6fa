package org.opencrm.crm.platform.customfield;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencrm.crm.platform.channel.ChannelChecks;
import org.opencrm.crm.platform.history.HistoryRecorder;
import org.opencrm.crm.platform.i18n.Transliteration;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.settings.TenantSettingsService;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * The custom fields of each entity: everyone reads them (read once per request), administrators
 * (the settings right) add, change, reorder and archive fields and their list values. A field is
 * never deleted: archived, it keeps its values and its history, and comes back when unarchived.
 */
@RequestScoped
public class CustomFields {

  /** The entities that have custom fields, in the order the settings page offers them. */
  public static final List<String> ENTITIES = List.of("contact", "company");

  /** The entities a link field may point to. */
  public static final List<String> LINK_TARGETS = List.of("contact", "company");

  public static final int MAX_NAME = 100;
  public static final int MAX_FIELDS = 100;
  public static final int MAX_OPTIONS = 500;
  static final int MAX_CODE = 40;

  @Inject TenantDatabase db;
  @Inject AccessControl access;
  @Inject HistoryRecorder history;

  private final Map<String, List<CustomField>> read = new HashMap<>();

  /** Every field of the entity, archived ones included, in their order. */
  public List<CustomField> all(String entity) {
    return read.computeIfAbsent(
        entity,
        e ->
            db.em()
                .createNamedQuery("CustomField.ofEntity", CustomField.class)
                .setParameter("entity", e)
                .getResultList());
  }

  /** The fields records of the entity show and take. */
  public List<CustomField> active(String entity) {
    return all(entity).stream().filter(f -> !f.isArchived()).toList();
  }

  /** The active fields shown as list columns. */
  public List<CustomField> listed(String entity) {
    return active(entity).stream().filter(CustomField::isInList).toList();
  }

  /** A field of the entity by id, archived or not. */
  public Optional<CustomField> field(String entity, Long id) {
    return all(entity).stream().filter(f -> f.getId().equals(id)).findFirst();
  }

  /** A field of the entity by its code, archived or not. */
  public Optional<CustomField> byCode(String entity, String code) {
    return all(entity).stream().filter(f -> f.getCode().equals(code)).findFirst();
  }

  public boolean canEdit() {
    return access.can(TenantSettingsService.ENTITY, PermissionAction.EDIT);
  }

  /** Adds a field at the end of the entity's fields. */
  @Transactional
  public CustomField add(
      String entity,
      String name,
      CustomFieldKind kind,
      String linkEntity,
      boolean required,
      boolean inList,
      List<String> options) {
    access.require(TenantSettingsService.ENTITY, PermissionAction.EDIT);
    List<FieldError> errors = new ArrayList<>();
    if (!ENTITIES.contains(entity)) {
      errors.add(FieldError.of("entity", "customField.entity.unknown"));
    }
    if (kind == null) {
      errors.add(FieldError.of("kind", "customField.kind.required"));
    } else if (kind == CustomFieldKind.LINK && !LINK_TARGETS.contains(linkEntity)) {
      errors.add(FieldError.of("linkEntity", "customField.linkEntity.required"));
    }
    String clean = checkedName(entity, null, name, errors);
    if (all(entity).size() >= MAX_FIELDS) {
      errors.add(FieldError.of("name", "customField.tooMany", MAX_FIELDS));
    }
    List<String> cleanOptions = new ArrayList<>();
    if (kind != null && kind.hasOptions()) {
      for (String o : options == null ? List.<String>of() : options) {
        String c = cleanName(o);
        if (!c.isEmpty() && cleanOptions.stream().noneMatch(c::equalsIgnoreCase)) {
          cleanOptions.add(c.length() > MAX_NAME ? c.substring(0, MAX_NAME) : c);
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    CustomField field =
        new CustomField(
            entity, uniqueCode(entity, clean), clean, kind, linkEntity, all(entity).size());
    field.change(clean, required, inList);
    cleanOptions.forEach(field::addOption);
    db.em().persist(field);
    db.em().flush();
    history.created(ENTITY, field.getId(), describe(field));
    read.remove(entity);
    return field;
  }

  /** The key of custom fields in history. */
  public static final String ENTITY = "custom-field";

  /** Renames a field and sets whether it is required and shown in lists. */
  @Transactional
  public void change(String entity, Long id, String name, boolean required, boolean inList) {
    access.require(TenantSettingsService.ENTITY, PermissionAction.EDIT);
    CustomField field = owned(entity, id);
    List<FieldError> errors = new ArrayList<>();
    String clean = checkedName(entity, id, name, errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    Map<String, String> before = describe(field);
    field.change(clean, required, inList);
    history.changed(ENTITY, id, before, describe(field));
  }

  @Transactional
  public void archive(String entity, Long id, boolean archived) {
    access.require(TenantSettingsService.ENTITY, PermissionAction.EDIT);
    CustomField field = owned(entity, id);
    Map<String, String> before = describe(field);
    field.archive(archived);
    history.changed(ENTITY, id, before, describe(field));
  }

  /** Moves a field one place up (step −1) or down (+1). */
  @Transactional
  public void move(String entity, Long id, int step) {
    access.require(TenantSettingsService.ENTITY, PermissionAction.EDIT);
    List<CustomField> fields = new ArrayList<>(all(entity));
    CustomField field = owned(entity, id);
    int from = fields.indexOf(field);
    int to = Math.max(0, Math.min(fields.size() - 1, from + Integer.signum(step)));
    fields.remove(from);
    fields.add(to, field);
    for (int i = 0; i < fields.size(); i++) {
      fields.get(i).moveTo(i);
    }
  }

  /** Adds a value to a list field's list. */
  @Transactional
  public CustomFieldOption addOption(String entity, Long fieldId, String name) {
    access.require(TenantSettingsService.ENTITY, PermissionAction.EDIT);
    CustomField field = owned(entity, fieldId);
    String clean = checkedOption(field, null, name);
    if (field.getOptions().size() >= MAX_OPTIONS) {
      throw ValidationException.of("option", "customField.options.tooMany", MAX_OPTIONS);
    }
    CustomFieldOption option = field.addOption(clean);
    db.em().flush();
    return option;
  }

  @Transactional
  public void renameOption(String entity, Long fieldId, Long optionId, String name) {
    access.require(TenantSettingsService.ENTITY, PermissionAction.EDIT);
    CustomField field = owned(entity, fieldId);
    CustomFieldOption option = ownedOption(field, optionId);
    option.rename(checkedOption(field, optionId, name));
  }

  @Transactional
  public void archiveOption(String entity, Long fieldId, Long optionId, boolean archived) {
    access.require(TenantSettingsService.ENTITY, PermissionAction.EDIT);
    ownedOption(owned(entity, fieldId), optionId).archive(archived);
  }

  private CustomField owned(String entity, Long id) {
    return field(entity, id)
        .map(f -> db.em().contains(f) ? f : db.em().find(CustomField.class, f.getId()))
        .orElseThrow(() -> ValidationException.of("name", "customField.unknown"));
  }

  private static CustomFieldOption ownedOption(CustomField field, Long optionId) {
    return field
        .option(optionId)
        .orElseThrow(() -> ValidationException.of("option", "customField.option.gone"));
  }

  private String checkedName(String entity, Long id, String name, List<FieldError> errors) {
    String clean = cleanName(name);
    if (clean.isEmpty()) {
      errors.add(FieldError.of("name", "customField.name.required"));
    } else if (clean.length() > MAX_NAME) {
      errors.add(FieldError.of("name", "field.tooLong", MAX_NAME));
    } else if (all(entity).stream()
        .anyMatch(f -> !f.getId().equals(id) && f.getName().equalsIgnoreCase(clean))) {
      errors.add(FieldError.of("name", "customField.name.taken"));
    }
    return clean;
  }

  private static String checkedOption(CustomField field, Long optionId, String name) {
    String clean = cleanName(name);
    if (clean.isEmpty()) {
      throw ValidationException.of("option", "customField.option.required");
    }
    if (clean.length() > MAX_NAME) {
      throw ValidationException.of("option", "field.tooLong", MAX_NAME);
    }
    if (field.getOptions().stream()
        .anyMatch(o -> !o.getId().equals(optionId) && o.getName().equalsIgnoreCase(clean))) {
      throw ValidationException.of("option", "customField.option.taken");
    }
    return clean;
  }

  private static String cleanName(String name) {
    return ChannelChecks.clean(name == null ? "" : name).replaceAll("\\s+", " ");
  }

  private String uniqueCode(String entity, String name) {
    String base = Transliteration.key(name, MAX_CODE - 4);
    if (base.isEmpty() || Character.isDigit(base.charAt(0))) {
      base = "field" + (base.isEmpty() ? "" : "_" + base);
    }
    String code = base;
    for (int n = 2; byCode(entity, code).isPresent(); n++) {
      code = base + "_" + n;
    }
    return code;
  }

  private static Map<String, String> describe(CustomField f) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("entity", f.getEntity());
    m.put("name", f.getName());
    m.put("kind", f.getKind().name());
    m.put("required", Boolean.toString(f.isRequired()));
    m.put("archived", Boolean.toString(f.isArchived()));
    return m;
  }
}
