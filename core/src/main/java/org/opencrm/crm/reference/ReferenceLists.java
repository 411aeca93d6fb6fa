package org.opencrm.crm.reference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.opencrm.crm.platform.channel.ChannelChecks;
import org.opencrm.crm.platform.history.HistoryRecorder;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.settings.TenantSettingsService;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * Reads the reference lists for forms and records, and lets those who may change the settings edit
 * them: add, rename, recolour, reorder, archive. Values are never deleted, so every record keeps
 * what it holds; an archived value is no longer offered for new choices. Changes go to history.
 */
@RequestScoped
public class ReferenceLists {

  /** The key of reference lists in history. */
  public static final String ENTITY = "reference";

  public static final int MAX_NAME = 100;
  public static final int MAX_ITEMS = 200;
  private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

  @Inject TenantDatabase db;
  @Inject AccessControl access;
  @Inject HistoryRecorder history;

  private final Map<ReferenceList, List<ReferenceItem>> read = new LinkedHashMap<>();

  /** Every value of a list, archived ones included, in order. */
  public List<ReferenceItem> all(ReferenceList list) {
    return read.computeIfAbsent(
        list,
        l ->
            db.em()
                .createNamedQuery("ReferenceItem.ofList", ReferenceItem.class)
                .setParameter("list", l.key())
                .getResultList());
  }

  /** The values a user may choose: not archived, plus the one a record already holds. */
  public List<ReferenceItem> choices(ReferenceList list, Long current) {
    return all(list).stream().filter(i -> !i.isArchived() || i.getId().equals(current)).toList();
  }

  /**
   * The value a record is given, checked to belong to the list; null for none.
   *
   * @param current the value the record holds now: it may stay even when archived
   * @throws ValidationException on {@code field} when the id is not a value of this list
   */
  public ReferenceItem resolve(ReferenceList list, Long id, Long current, String field) {
    if (id == null) {
      return null;
    }
    return all(list).stream()
        .filter(i -> i.getId().equals(id) && (!i.isArchived() || id.equals(current)))
        .findFirst()
        .orElseThrow(
            () -> new ValidationException(List.of(FieldError.of(field, "reference.unknown"))));
  }

  public boolean canEdit() {
    return access.can(TenantSettingsService.ENTITY, PermissionAction.EDIT);
  }

  @Transactional
  public ReferenceItem add(ReferenceList list, String name, String color) {
    access.require(TenantSettingsService.ENTITY, PermissionAction.EDIT);
    List<ReferenceItem> items = all(list);
    if (items.size() >= MAX_ITEMS) {
      throw new ValidationException(List.of(FieldError.of("name", "field.tooMany", MAX_ITEMS)));
    }
    String clean = checked(list, null, name, color);
    ReferenceItem item = new ReferenceItem(list, clean, colorOf(list, color), items.size());
    db.em().persist(item);
    db.em().flush();
    history.created(ENTITY, item.getId(), snapshot(item));
    read.remove(list);
    return item;
  }

  @Transactional
  public void change(ReferenceList list, Long id, String name, String color) {
    access.require(TenantSettingsService.ENTITY, PermissionAction.EDIT);
    ReferenceItem item = owned(list, id);
    String clean = checked(list, id, name, color);
    Map<String, String> before = snapshot(item);
    item.change(clean, colorOf(list, color));
    db.em().flush();
    history.changed(ENTITY, id, before, snapshot(item));
    read.remove(list);
  }

  @Transactional
  public void archive(ReferenceList list, Long id, boolean archived) {
    access.require(TenantSettingsService.ENTITY, PermissionAction.EDIT);
    ReferenceItem item = owned(list, id);
    Map<String, String> before = snapshot(item);
    item.archive(archived);
    history.changed(ENTITY, id, before, snapshot(item));
    read.remove(list);
  }

  /** Moves a value one place up (-1) or down (+1). */
  @Transactional
  public void move(ReferenceList list, Long id, int step) {
    access.require(TenantSettingsService.ENTITY, PermissionAction.EDIT);
    List<ReferenceItem> items = new ArrayList<>(all(list));
    ReferenceItem item = owned(list, id);
    int from = items.indexOf(item);
    int to = Math.max(0, Math.min(items.size() - 1, from + Integer.signum(step)));
    items.remove(from);
    items.add(to, item);
    for (int i = 0; i < items.size(); i++) {
      items.get(i).moveTo(i);
    }
    read.remove(list);
  }

  private ReferenceItem owned(ReferenceList list, Long id) {
    return all(list).stream()
        .filter(i -> i.getId().equals(id))
        .findFirst()
        .orElseThrow(
            () -> new ValidationException(List.of(FieldError.of("name", "reference.unknown"))));
  }

  private String checked(ReferenceList list, Long id, String name, String color) {
    List<FieldError> errors = new ArrayList<>();
    String clean = ChannelChecks.clean(name).replaceAll("\\s+", " ");
    if (clean.isEmpty()) {
      errors.add(FieldError.of("name", "reference.name.required"));
    } else if (clean.length() > MAX_NAME) {
      errors.add(FieldError.of("name", "field.tooLong", MAX_NAME));
    } else if (all(list).stream()
        .anyMatch(i -> !i.getId().equals(id) && i.getName().equalsIgnoreCase(clean))) {
      errors.add(FieldError.of("name", "reference.name.taken"));
    }
    if (list.colored() && color != null && !color.isBlank() && !COLOR.matcher(color).matches()) {
      errors.add(FieldError.of("color", "reference.color.invalid"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return clean;
  }

  private static String colorOf(ReferenceList list, String color) {
    return list.colored() && color != null && !color.isBlank()
        ? color.strip().toUpperCase(java.util.Locale.ROOT)
        : null;
  }

  /**
   * The classification a record is given: each chosen value checked to belong to its list (an
   * archived one only when the record already holds it).
   *
   * @param lists the record's type, status and category lists (the source list is shared)
   */
  public Classification classify(
      Classification.Lists lists, ClassificationChoice chosen, Classification current) {
    ClassificationChoice c = chosen == null ? new ClassificationChoice() : chosen;
    Classification now = current == null ? new Classification() : current;
    List<FieldError> errors = new ArrayList<>();
    ReferenceItem type = safely(lists.type(), c.getTypeId(), id(now.getType()), "typeId", errors);
    ReferenceItem status =
        safely(lists.status(), c.getStatusId(), id(now.getStatus()), "statusId", errors);
    ReferenceItem category =
        safely(lists.category(), c.getCategoryId(), id(now.getCategory()), "categoryId", errors);
    ReferenceItem source =
        safely(ReferenceList.SOURCE, c.getSourceId(), id(now.getSource()), "sourceId", errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return new Classification(type, status, category, source);
  }

  private ReferenceItem safely(
      ReferenceList list, Long id, Long current, String field, List<FieldError> errors) {
    try {
      return resolve(list, id, current, field);
    } catch (ValidationException e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  private static Long id(ReferenceItem item) {
    return item == null ? null : item.getId();
  }

  private static Map<String, String> snapshot(ReferenceItem item) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("list", item.getListKey());
    s.put("name", item.getName());
    s.put("color", item.getColor());
    s.put("archived", item.isArchived() ? "✓" : null);
    return s;
  }
}
