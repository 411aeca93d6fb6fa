package org.opencrm.crm.platform.customfield;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.record.RecordCatalog;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * Reads and writes records' custom field values, in the caller's transaction. Values travel as maps
 * of field id to value (see {@link CustomValueChecks} for the types); history sees them as snapshot
 * entries {@code cf:<field id>} holding the value as text.
 */
@RequestScoped
public class CustomValueStore {

  /** The prefix of custom fields' keys in history snapshots. */
  public static final String HISTORY_PREFIX = "cf:";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @Inject TenantDatabase db;
  @Inject CustomFields fields;
  @Inject Instance<RecordCatalog> catalogs;

  /** A record's values of the entity's fields (archived fields included). */
  public Map<Long, Object> load(String entity, Long recordId) {
    if (recordId == null) {
      return new LinkedHashMap<>();
    }
    return loadAll(entity, List.of(recordId)).getOrDefault(recordId, new LinkedHashMap<>());
  }

  /** The values of many records at once (a list page), by record id. */
  public Map<Long, Map<Long, Object>> loadAll(String entity, Collection<Long> recordIds) {
    Map<Long, Map<Long, Object>> byRecord = new HashMap<>();
    Map<Long, CustomField> byId = new HashMap<>();
    fields.all(entity).forEach(f -> byId.put(f.getId(), f));
    if (recordIds.isEmpty() || byId.isEmpty()) {
      return byRecord;
    }
    List<CustomValue> rows =
        db.em()
            .createQuery(
                "SELECT v FROM CustomValue v WHERE v.recordId IN :ids AND v.fieldId IN :fields"
                    + " ORDER BY v.id",
                CustomValue.class)
            .setParameter("ids", Set.copyOf(recordIds))
            .setParameter("fields", byId.keySet())
            .getResultList();
    for (CustomValue v : rows) {
      CustomField f = byId.get(v.getFieldId());
      Map<Long, Object> values =
          byRecord.computeIfAbsent(v.getRecordId(), k -> new LinkedHashMap<>());
      Object value = v.value(f.getKind());
      if (value instanceof BigDecimal n) {
        // As the checks give them: money with two decimals, other numbers without trailing zeros.
        value =
            f.getKind() == CustomFieldKind.MONEY
                ? n.setScale(2, java.math.RoundingMode.HALF_UP)
                : n.stripTrailingZeros();
      }
      if (f.getKind() == CustomFieldKind.MULTI_LIST) {
        @SuppressWarnings("unchecked")
        List<Long> ids = (List<Long>) values.computeIfAbsent(f.getId(), k -> new ArrayList<>());
        ids.add((Long) value);
      } else {
        values.put(f.getId(), value);
      }
    }
    return byRecord;
  }

  /**
   * The clean values of the entity's active fields, or the problems found.
   *
   * @param held the record's current values (null for a new record)
   */
  public CustomValueChecks.Result check(
      String entity, Map<Long, Object> input, Map<Long, Object> held) {
    return CustomValueChecks.check(fields.active(entity), input, held, this::exists);
  }

  /** Like {@link #check} but refuses with every problem, together with others already found. */
  public Map<Long, Object> checked(
      String entity, Map<Long, Object> input, Map<Long, Object> held, List<FieldError> others) {
    CustomValueChecks.Result result = check(entity, input, held);
    List<FieldError> errors = new ArrayList<>(others);
    errors.addAll(result.errors());
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return result.values();
  }

  /**
   * The values to keep: clean values of active fields, plus whatever the record holds in archived
   * fields (a form does not show those, so must not empty them).
   */
  public Map<Long, Object> merged(String entity, Map<Long, Object> clean, Map<Long, Object> held) {
    Map<Long, Object> all = new LinkedHashMap<>(clean);
    for (CustomField f : fields.all(entity)) {
      if (f.isArchived() && held != null && held.containsKey(f.getId())) {
        all.put(f.getId(), held.get(f.getId()));
      }
    }
    return all;
  }

  /** Whether two value maps hold the same values (numbers compared by value). */
  public static boolean same(Map<Long, Object> a, Map<Long, Object> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (Map.Entry<Long, Object> e : a.entrySet()) {
      Object x = e.getValue();
      Object y = b.get(e.getKey());
      if (x instanceof BigDecimal bx && y instanceof BigDecimal by) {
        if (bx.compareTo(by) != 0) {
          return false;
        }
      } else if (!Objects.equals(x, y)) {
        return false;
      }
    }
    return true;
  }

  /** Replaces a record's values with the given ones (all fields of the entity). */
  public void write(String entity, Long recordId, Map<Long, Object> values) {
    List<Long> ids = fields.all(entity).stream().map(CustomField::getId).toList();
    if (ids.isEmpty()) {
      return;
    }
    db.em()
        .createQuery("DELETE FROM CustomValue v WHERE v.recordId = :id AND v.fieldId IN :fields")
        .setParameter("id", recordId)
        .setParameter("fields", ids)
        .executeUpdate();
    for (CustomField f : fields.all(entity)) {
      Object value = values.get(f.getId());
      if (value == null) {
        continue;
      }
      if (value instanceof List<?> many) {
        for (Object one : many) {
          db.em().persist(CustomValue.of(f, recordId, one));
        }
      } else {
        db.em().persist(CustomValue.of(f, recordId, value));
      }
    }
  }

  /**
   * Writes the values of new records in bulk on the transaction's connection (imports).
   *
   * @param byRecord clean values (as {@link CustomValueChecks} gives them) by record id
   */
  public void insertAll(
      java.sql.Connection c, List<CustomField> entityFields, Map<Long, Map<Long, Object>> byRecord)
      throws java.sql.SQLException {
    Map<Long, CustomField> byId = new HashMap<>();
    entityFields.forEach(f -> byId.put(f.getId(), f));
    List<Object[]> rows = new ArrayList<>();
    for (Map.Entry<Long, Map<Long, Object>> r : byRecord.entrySet()) {
      for (Map.Entry<Long, Object> v : r.getValue().entrySet()) {
        CustomField f = byId.get(v.getKey());
        if (f == null || v.getValue() == null) {
          continue;
        }
        List<?> many = v.getValue() instanceof List<?> l ? l : List.of(v.getValue());
        for (Object one : many) {
          CustomValue cv = CustomValue.of(f, r.getKey(), one);
          rows.add(cv.columns());
        }
      }
    }
    org.opencrm.crm.platform.persistence.BulkInsert.insert(
        c,
        "custom_value",
        List.of(
            "field_id",
            "record_id",
            "text_value",
            "number_value",
            "date_value",
            "option_id",
            "link_id"),
        rows,
        false);
  }

  /** The values as history compares them: {@code cf:<id>} to text, in the fields' order. */
  public Map<String, String> snapshot(String entity, Map<Long, Object> values) {
    Map<String, String> snapshot = new LinkedHashMap<>();
    for (CustomField f : fields.all(entity)) {
      Object value = values.get(f.getId());
      if (value != null) {
        snapshot.put(HISTORY_PREFIX + f.getId(), text(f, value, false));
      }
    }
    return snapshot;
  }

  /**
   * A value as text: numbers plain, days as dd.MM.yyyy, list values by name, a checked box as ✓, a
   * link by the record's name (only when the user may see it, if {@code visibleOnly}).
   */
  public String text(CustomField f, Object value, boolean visibleOnly) {
    if (value == null) {
      return "";
    }
    return switch (f.getKind()) {
      case TEXT -> value.toString();
      case NUMBER -> ((BigDecimal) value).stripTrailingZeros().toPlainString();
      case MONEY ->
          ((BigDecimal) value).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
      case DATE -> DAY.format((LocalDate) value);
      case CHECKBOX -> Boolean.TRUE.equals(value) ? "✓" : "";
      case LIST -> f.option((Long) value).map(CustomFieldOption::getName).orElse("");
      case MULTI_LIST ->
          ((List<?>) value)
              .stream()
                  .map(id -> f.option((Long) id).map(CustomFieldOption::getName).orElse(""))
                  .collect(Collectors.joining(", "));
      case LINK ->
          names(f.getLinkEntity(), List.of((Long) value), visibleOnly)
              .getOrDefault((Long) value, "");
    };
  }

  /**
   * Export columns of the entity's active fields for a batch of records: the field names as
   * headers, and per record its values as text (numbers with the locale's decimal separator, links
   * only to records the user may see).
   */
  public ExportColumns exportColumns(String entity, java.util.Locale locale) {
    return new ExportColumns(fields.active(entity), entity, locale);
  }

  /** The custom columns of an export. */
  public final class ExportColumns {
    private final List<CustomField> active;
    private final String entity;
    private final boolean decimalComma;
    private Map<Long, Map<Long, Object>> batch = Map.of();

    ExportColumns(List<CustomField> active, String entity, java.util.Locale locale) {
      this.active = active;
      this.entity = entity;
      this.decimalComma = "ru".equals(locale.getLanguage());
    }

    /** The header cells. */
    public List<String> headers() {
      return active.stream().map(CustomField::getName).toList();
    }

    /** Reads the values of the next batch of records. */
    public void read(Collection<Long> recordIds) {
      batch = active.isEmpty() ? Map.of() : loadAll(entity, recordIds);
    }

    /** A record's cells, after {@link #read} of its batch. */
    public List<Object> cells(Long recordId) {
      Map<Long, Object> values = batch.getOrDefault(recordId, Map.of());
      List<Object> cells = new ArrayList<>(active.size());
      for (CustomField f : active) {
        String text = text(f, values.get(f.getId()), true);
        cells.add(f.getKind().numeric() && decimalComma ? text.replace('.', ',') : text);
      }
      return cells;
    }
  }

  /** Names of records of an entity (existing, not in the trash). */
  public Map<Long, String> names(String entity, Collection<Long> ids, boolean visibleOnly) {
    for (RecordCatalog c : catalogs) {
      if (c.entityKey().equals(entity)) {
        return c.names(ids, visibleOnly);
      }
    }
    return Map.of();
  }

  /** A new link may point only to a record the user sees. */
  private boolean exists(String entity, Long id) {
    return names(entity, List.of(id), true).containsKey(id);
  }
}
