package org.opencrm.crm.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.opencrm.crm.contact.ContactDraft;
import org.opencrm.crm.contact.MessengerKind;
import org.opencrm.crm.contact.MessengerLine;
import org.opencrm.crm.platform.channel.EmailKind;
import org.opencrm.crm.platform.channel.EmailLine;
import org.opencrm.crm.platform.channel.PhoneKind;
import org.opencrm.crm.platform.channel.PhoneLine;

/**
 * Reads a record document sent to the API into a draft: checks the JSON, the type, every attribute
 * name and its type, and the responsible relationship. Anything unknown is refused with 400 (JSON-B
 * would ignore it silently). One instance per resource type names its writable attributes.
 *
 * @param <D> the draft the resource's service takes
 */
final class RecordDocuments<D> {

  /** How a contact document lands in a contact draft. */
  static final RecordDocuments<ContactDraft> CONTACTS =
      new RecordDocuments<>(
          "contacts",
          contactAttributes(),
          Map.of(),
          Set.of("created-at", "updated-at", "as-string"),
          ContactDraft::setOwnerId);

  private static Map<String, BiConsumer<ContactDraft, String>> contactAttributes() {
    Map<String, BiConsumer<ContactDraft, String>> a = new java.util.HashMap<>();
    a.put("last-name", ContactDraft::setLastName);
    a.put("first-name", ContactDraft::setFirstName);
    a.put("middle-name", ContactDraft::setMiddleName);
    a.put("description", ContactDraft::setNotes);
    a.put("general-phone", (d, v) -> setPhone(d.getPhones(), null, v));
    a.put("mobile-phone", (d, v) -> setPhone(d.getPhones(), PhoneKind.MOBILE, v));
    a.put("work-phone", (d, v) -> setPhone(d.getPhones(), PhoneKind.WORK, v));
    a.put("other-phone", (d, v) -> setPhone(d.getPhones(), PhoneKind.OTHER, v));
    a.put("email", (d, v) -> setEmail(d.getEmails(), false, v));
    a.put("other-email", (d, v) -> setEmail(d.getEmails(), true, v));
    a.put("position", ContactDraft::setJobTitle);
    a.put("address", ContactDraft::setAddress);
    a.put("birthday", (d, v) -> d.setBirthday(date(v, "/data/attributes/birthday")));
    for (MessengerKind kind : MessengerKind.values()) {
      a.put(kind.attribute(), (d, v) -> setMessenger(d.getMessengers(), kind, v));
    }
    return Map.copyOf(a);
  }

  /** A date as {@code YYYY-MM-DD}; empty clears it. */
  private static java.time.LocalDate date(String value, String pointer) {
    if (value.isBlank()) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw bad("Invalid value", pointer + " must be a date as YYYY-MM-DD.");
    }
  }

  /** Each messenger attribute is the first account of its kind; an empty value removes it. */
  static void setMessenger(List<MessengerLine> lines, MessengerKind kind, String value) {
    int index = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).getKind() == kind) {
        index = i;
        break;
      }
    }
    if (value.isBlank()) {
      if (index >= 0) {
        lines.remove(index);
      }
    } else if (index >= 0) {
      lines.get(index).setHandle(value);
    } else {
      lines.add(new MessengerLine(kind, value));
    }
  }

  /** The {@code customs} of a resource that has no custom fields: only an empty object. */
  static final java.util.function.Consumer<JsonValue> NO_CUSTOMS =
      v -> {
        if (v.getValueType() != JsonValue.ValueType.OBJECT || !v.asJsonObject().isEmpty()) {
          throw new ApiExceptionMappers.BadRequest(
              "105", "Param not allowed", "customs: this resource has no custom fields.");
        }
      };

  private final String type;
  private final Map<String, BiConsumer<D, String>> writable;
  private final Map<String, BiConsumer<D, JsonValue>> structured;
  private final Set<String> readOnly;
  private final BiConsumer<D, Long> owner;

  /**
   * @param writable text attributes and how each lands in the draft
   * @param structured attributes whose value is not text (arrays, objects), read by their setter
   */
  RecordDocuments(
      String type,
      Map<String, BiConsumer<D, String>> writable,
      Map<String, BiConsumer<D, JsonValue>> structured,
      Set<String> readOnly,
      BiConsumer<D, Long> owner) {
    this.type = type;
    this.writable = writable;
    this.structured = structured;
    this.readOnly = readOnly;
    this.owner = owner;
  }

  /**
   * Applies a document to a draft (a new one for POST, the record's for PATCH).
   *
   * @param customs takes the {@code customs} attribute's value
   */
  void apply(String body, D draft, boolean create, java.util.function.Consumer<JsonValue> customs) {
    JsonObject root;
    try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      root = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw bad("Invalid JSON", "The body is not a JSON object.");
    }
    JsonObject data = object(root, "data", "/data");
    String type = data.containsKey("type") ? string(data.get("type"), "/data/type") : null;
    if (!this.type.equals(type)) {
      throw bad("Invalid resource", "data.type must be \"" + this.type + "\".");
    }
    for (String key : data.keySet()) {
      if (!Set.of("type", "id", "attributes", "relationships").contains(key)) {
        throw new ApiExceptionMappers.BadRequest(
            "105", "Param not allowed", key + " is not allowed.");
      }
    }
    JsonObject attributes =
        data.containsKey("attributes") ? object(data, "attributes", "/data/attributes") : null;
    if (attributes != null) {
      for (Map.Entry<String, JsonValue> a : attributes.entrySet()) {
        String name = a.getKey();
        String pointer = "/data/attributes/" + name;
        if (name.equals("customs")) {
          customs.accept(a.getValue());
          continue;
        }
        if (structured.containsKey(name)) {
          structured.get(name).accept(draft, a.getValue());
          continue;
        }
        BiConsumer<D, String> setter = writable.get(name);
        if (setter == null) {
          throw new ApiExceptionMappers.BadRequest(
              "105",
              "Param not allowed",
              name.replace('-', '_')
                  + (readOnly.contains(name) ? " is read-only." : " is not allowed."));
        }
        JsonValue value = a.getValue();
        setter.accept(draft, value == JsonValue.NULL ? "" : string(value, pointer));
      }
    } else if (create) {
      throw bad("Missing attributes", "data.attributes is required to create a record.");
    }
    if (data.containsKey("relationships")) {
      JsonObject relationships = object(data, "relationships", "/data/relationships");
      for (String rel : relationships.keySet()) {
        if (!rel.equals("responsible")) {
          throw new ApiExceptionMappers.BadRequest(
              "105", "Param not allowed", rel + " is not allowed.");
        }
        JsonObject linkage =
            object(
                object(relationships, "responsible", "/data/relationships/responsible"),
                "data",
                "/data/relationships/responsible/data");
        String id = string(linkage.get("id"), "/data/relationships/responsible/data/id");
        try {
          owner.accept(draft, Long.valueOf(id));
        } catch (NumberFormatException e) {
          throw bad("Invalid value", "responsible id must be a number.");
        }
      }
    }
  }

  /** The {@code data.id} a document names, or null (also for a document that is not valid). */
  static String idOf(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      JsonValue data = reader.readObject().get("data");
      if (data != null && data.getValueType() == JsonValue.ValueType.OBJECT) {
        JsonValue id = data.asJsonObject().get("id");
        return id instanceof JsonString str ? str.getString() : id == null ? null : id.toString();
      }
      return null;
    } catch (JsonException | IllegalStateException e) {
      return null;
    }
  }

  /**
   * Each phone attribute has its own kind: mobile-, work- and other-phone theirs; general-phone is
   * what reads show as general-phone — the MAIN line, or without one the first line — so a client
   * may send back what it read. A missing line is added (a MAIN one first); an empty value removes
   * it.
   */
  static void setPhone(List<PhoneLine> lines, PhoneKind kind, String value) {
    PhoneKind wanted = kind == null ? PhoneKind.MAIN : kind;
    int index = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).getKind() == wanted) {
        index = i;
        break;
      }
    }
    if (kind == null && index < 0 && !lines.isEmpty()) {
      index = 0;
    }
    if (value.isBlank()) {
      if (index >= 0) {
        lines.remove(index);
      }
    } else if (index >= 0) {
      lines.get(index).setNumber(value);
    } else if (wanted == PhoneKind.MAIN) {
      lines.add(0, new PhoneLine(wanted, value));
    } else {
      lines.add(new PhoneLine(wanted, value));
    }
  }

  /** email is the first address that is not OTHER; other-email the first OTHER one. */
  static void setEmail(List<EmailLine> lines, boolean other, String value) {
    int index = -1;
    for (int i = 0; i < lines.size(); i++) {
      if ((lines.get(i).getKind() == EmailKind.OTHER) == other) {
        index = i;
        break;
      }
    }
    if (value.isBlank()) {
      if (index >= 0) {
        lines.remove(index);
      }
    } else if (index >= 0) {
      lines.get(index).setAddress(value);
    } else if (other) {
      lines.add(new EmailLine(EmailKind.OTHER, value));
    } else {
      lines.add(0, new EmailLine(EmailKind.WORK, value));
    }
  }

  static JsonObject object(JsonObject parent, String key, String pointer) {
    JsonValue v = parent.get(key);
    if (v == null || v.getValueType() != JsonValue.ValueType.OBJECT) {
      throw bad("Invalid document", pointer + " must be an object.");
    }
    return v.asJsonObject();
  }

  static String string(JsonValue v, String pointer) {
    if (v == null || v.getValueType() != JsonValue.ValueType.STRING) {
      throw bad("Invalid value", pointer + " must be a string.");
    }
    return ((JsonString) v).getString();
  }

  static ApiExceptionMappers.BadRequest bad(String title, String detail) {
    return new ApiExceptionMappers.BadRequest("400", title, detail);
  }
}
