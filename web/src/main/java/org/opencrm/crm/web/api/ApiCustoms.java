package org.opencrm.crm.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencrm.crm.platform.customfield.CustomField;
import org.opencrm.crm.platform.customfield.CustomFieldOption;
import org.opencrm.crm.platform.customfield.CustomFields;
import org.opencrm.crm.platform.customfield.CustomValueStore;

/**
 * Custom fields in the API as the modelled CRM has them: {@code attributes.customs}, an object
 * keyed {@code custom-<field id>}. Values: text as strings, numbers and money as numbers, days as
 * {@code yyyy-mm-dd}, a list value by its name, a multi-list as an array of names, a checkbox as a
 * boolean, a link as the linked record's id; null when empty. Writing changes only the fields sent.
 */
@RequestScoped
public class ApiCustoms {

  static final String PREFIX = "custom-";

  @Inject CustomFields fields;
  @Inject CustomValueStore store;

  /** A record's values of the entity's active fields. */
  public JsonObjectBuilder write(String entity, Long recordId) {
    Map<Long, Object> values = store.load(entity, recordId);
    JsonObjectBuilder customs = Json.createObjectBuilder();
    for (CustomField f : fields.active(entity)) {
      Object v = values.get(f.getId());
      String key = PREFIX + f.getId();
      if (v == null) {
        customs.add(
            key,
            f.getKind() == org.opencrm.crm.platform.customfield.CustomFieldKind.CHECKBOX
                ? JsonValue.FALSE
                : JsonValue.NULL);
        continue;
      }
      switch (f.getKind()) {
        case TEXT -> customs.add(key, (String) v);
        case NUMBER, MONEY -> customs.add(key, (BigDecimal) v);
        case DATE -> customs.add(key, ((LocalDate) v).toString());
        case CHECKBOX -> customs.add(key, true);
        case LIST -> customs.add(key, optionName(f, (Long) v));
        case MULTI_LIST -> {
          JsonArrayBuilder names = Json.createArrayBuilder();
          ((List<?>) v).forEach(id -> names.add(optionName(f, (Long) id)));
          customs.add(key, names);
        }
        case LINK -> customs.add(key, String.valueOf(v));
        default -> throw new IllegalStateException(f.getKind().name());
      }
    }
    return customs;
  }

  /**
   * The values after a document's {@code customs}: those sent replace the record's, the others are
   * kept. An unknown key is refused with 400.
   */
  public Map<Long, Object> read(String entity, JsonValue customs, Map<Long, Object> held) {
    if (customs.getValueType() != JsonValue.ValueType.OBJECT) {
      throw RecordDocuments.bad("Invalid value", "customs must be an object.");
    }
    Map<Long, Object> values = new LinkedHashMap<>(held);
    for (Map.Entry<String, JsonValue> e : ((JsonObject) customs).entrySet()) {
      CustomField field = fieldOf(entity, e.getKey());
      values.put(field.getId(), plain(e.getValue(), e.getKey()));
    }
    return values;
  }

  private CustomField fieldOf(String entity, String key) {
    if (key.startsWith(PREFIX)) {
      try {
        Long id = Long.valueOf(key.substring(PREFIX.length()));
        CustomField f = fields.field(entity, id).orElse(null);
        if (f != null && !f.isArchived()) {
          return f;
        }
      } catch (NumberFormatException e) {
        // refused below
      }
    }
    throw new ApiExceptionMappers.BadRequest(
        "105", "Param not allowed", "customs." + key + " is not a custom field of this resource.");
  }

  private static Object plain(JsonValue v, String key) {
    return switch (v.getValueType()) {
      case NULL -> null;
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case STRING -> ((JsonString) v).getString();
      case NUMBER -> ((JsonNumber) v).bigDecimalValue();
      case ARRAY -> {
        List<Object> items = new ArrayList<>();
        for (JsonValue item : v.asJsonArray()) {
          Object p = plain(item, key);
          if (p instanceof List<?>) {
            throw RecordDocuments.bad("Invalid value", "customs." + key + ": nested arrays.");
          }
          items.add(p);
        }
        yield items;
      }
      default -> throw RecordDocuments.bad("Invalid value", "customs." + key + ": not a value.");
    };
  }

  private static String optionName(CustomField f, Long id) {
    return f.option(id).map(CustomFieldOption::getName).orElse("");
  }

  /** The entity's fields as the API's {@code custom-fields} resources. */
  public JsonObjectBuilder field(CustomField f) {
    JsonArrayBuilder options = Json.createArrayBuilder();
    for (CustomFieldOption o : f.getOptions()) {
      if (!o.isArchived()) {
        options.add(o.getName());
      }
    }
    JsonObjectBuilder a =
        Json.createObjectBuilder()
            .add("name", f.getName())
            .add("code", f.getCode())
            .add(
                "resource-type",
                f.getEntity().equals("company") ? "companies" : f.getEntity() + "s")
            .add("field-type", f.getKind().name().toLowerCase(java.util.Locale.ROOT))
            .add("required", f.isRequired())
            .add("select-options", options);
    if (f.getLinkEntity() != null) {
      a.add("link-to", f.getLinkEntity());
    }
    return Json.createObjectBuilder()
        .add("id", PREFIX + f.getId())
        .add("type", "custom-fields")
        .add("attributes", a);
  }
}
