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
import org.opencrm.crm.platform.channel.EmailKind;
import org.opencrm.crm.platform.channel.EmailLine;
import org.opencrm.crm.platform.channel.PhoneKind;
import org.opencrm.crm.platform.channel.PhoneLine;

/**
 * Reads a contact document sent to the API into a draft: checks the JSON, the type, every attribute
 * name and its type, and the responsible relationship. Anything unknown is refused with 400 (JSON-B
 * would ignore it silently).
 */
final class ContactDocuments {

  /** Attributes a client may write, and how each lands in the draft. */
  private static final Map<String, BiConsumer<ContactDraft, String>> WRITABLE =
      Map.of(
          "last-name", ContactDraft::setLastName,
          "first-name", ContactDraft::setFirstName,
          "middle-name", ContactDraft::setMiddleName,
          "description", ContactDraft::setNotes,
          "general-phone", (d, v) -> setPhone(d, null, v),
          "mobile-phone", (d, v) -> setPhone(d, PhoneKind.MOBILE, v),
          "work-phone", (d, v) -> setPhone(d, PhoneKind.WORK, v),
          "other-phone", (d, v) -> setPhone(d, PhoneKind.OTHER, v),
          "email", (d, v) -> setEmail(d, false, v),
          "other-email", (d, v) -> setEmail(d, true, v));

  private static final Set<String> READ_ONLY = Set.of("created-at", "updated-at", "as-string");

  private ContactDocuments() {}

  /** Applies a document to a draft (a new one for POST, the record's for PATCH). */
  static void apply(String body, ContactDraft draft, boolean create) {
    JsonObject root;
    try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      root = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw bad("Invalid JSON", "The body is not a JSON object.");
    }
    JsonObject data = object(root, "data", "/data");
    String type = data.containsKey("type") ? string(data.get("type"), "/data/type") : null;
    if (!"contacts".equals(type)) {
      throw bad("Invalid resource", "data.type must be \"contacts\".");
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
          if (a.getValue().getValueType() != JsonValue.ValueType.OBJECT
              || !a.getValue().asJsonObject().isEmpty()) {
            throw new ApiExceptionMappers.BadRequest(
                "105", "Param not allowed", "customs: this account has no custom fields.");
          }
          continue;
        }
        BiConsumer<ContactDraft, String> setter = WRITABLE.get(name);
        if (setter == null) {
          throw new ApiExceptionMappers.BadRequest(
              "105",
              "Param not allowed",
              name.replace('-', '_')
                  + (READ_ONLY.contains(name) ? " is read-only." : " is not allowed."));
        }
        JsonValue value = a.getValue();
        setter.accept(draft, value == JsonValue.NULL ? "" : string(value, pointer));
      }
    } else if (create) {
      throw bad("Missing attributes", "data.attributes is required to create a contact.");
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
          draft.setOwnerId(Long.valueOf(id));
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
  private static void setPhone(ContactDraft d, PhoneKind kind, String value) {
    PhoneKind wanted = kind == null ? PhoneKind.MAIN : kind;
    List<PhoneLine> lines = d.getPhones();
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
  private static void setEmail(ContactDraft d, boolean other, String value) {
    List<EmailLine> lines = d.getEmails();
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

  private static JsonObject object(JsonObject parent, String key, String pointer) {
    JsonValue v = parent.get(key);
    if (v == null || v.getValueType() != JsonValue.ValueType.OBJECT) {
      throw bad("Invalid document", pointer + " must be an object.");
    }
    return v.asJsonObject();
  }

  private static String string(JsonValue v, String pointer) {
    if (v == null || v.getValueType() != JsonValue.ValueType.STRING) {
      throw bad("Invalid value", pointer + " must be a string.");
    }
    return ((JsonString) v).getString();
  }

  private static ApiExceptionMappers.BadRequest bad(String title, String detail) {
    return new ApiExceptionMappers.BadRequest("400", title, detail);
  }
}
