package org.opencrm.crm.web.history;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.opencrm.crm.platform.customfield.CustomFields;
import org.opencrm.crm.platform.customfield.CustomValueStore;
import org.opencrm.crm.platform.history.HistoryEntry;
import org.opencrm.crm.platform.history.HistoryRecorder;
import org.opencrm.crm.web.i18n.Texts;

/**
 * Turns a record's history entries into events for its card: field names translated ({@code
 * history.field.<name>}; a field of a second set such as {@code inn#2} reads "INN (2)"), the actor
 * named, the action in words. Cards show it with {@code /WEB-INF/includes/history.xhtml}.
 */
@RequestScoped
public class HistoryView {

  /** One change in the history list. */
  public record Change(String field, String oldValue, String newValue) implements Serializable {
    public String getField() {
      return field;
    }

    public String getOldValue() {
      return oldValue;
    }

    public String getNewValue() {
      return newValue;
    }
  }

  /** One history event. */
  public record Event(Instant at, String actor, String action, List<Change> changes)
      implements Serializable {
    public Instant getAt() {
      return at;
    }

    public String getActor() {
      return actor;
    }

    public String getAction() {
      return action;
    }

    public List<Change> getChanges() {
      return changes;
    }
  }

  @Inject HistoryRecorder history;
  @Inject Texts texts;
  @Inject CustomFields customFields;

  /** The record's events, newest first. */
  public List<Event> of(String entity, Long id) {
    return history.forRecord(entity, id).stream().map(this::event).toList();
  }

  /** One entry as an event, its fields named in the user's language. */
  public Event event(HistoryEntry entry) {
    List<Change> changes = new ArrayList<>();
    if (entry.getChanges() != null) {
      try (JsonReader reader = Json.createReader(new StringReader(entry.getChanges()))) {
        JsonArray array = reader.readArray();
        for (JsonObject o : array.getValuesAs(JsonObject.class)) {
          changes.add(
              new Change(
                  fieldName(entry.getEntityType(), o.getString("field")),
                  o.isNull("old") ? "" : o.getString("old"),
                  o.isNull("new") ? "" : o.getString("new")));
        }
      }
    }
    String actor =
        entry.getActorName() == null ? texts.get("history.system") : entry.getActorName();
    if (entry.getActorKind() == HistoryEntry.ActorKind.IMPORT) {
      actor = texts.get("history.byImport", actor);
    }
    return new Event(
        entry.getOccurredAt(), actor, texts.get("history." + entry.getAction()), changes);
  }

  private String fieldName(String entity, String field) {
    if (field.startsWith(CustomValueStore.HISTORY_PREFIX)) {
      try {
        Long id = Long.valueOf(field.substring(CustomValueStore.HISTORY_PREFIX.length()));
        return customFields
            .field(entity, id)
            .map(f -> f.getName())
            .orElse(texts.get("history.field.customField"));
      } catch (NumberFormatException e) {
        return texts.get("history.field.customField");
      }
    }
    int hash = field.indexOf('#');
    if (hash < 0) {
      return texts.get("history.field." + field);
    }
    return texts.get("history.field." + field.substring(0, hash))
        + " ("
        + field.substring(hash + 1)
        + ")";
  }
}
