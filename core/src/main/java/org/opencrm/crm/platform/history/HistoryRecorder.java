package org.opencrm.crm.platform.history;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.security.CurrentActor;
import org.opencrm.crm.platform.security.CurrentUser;

/**
 * Records history in the current tenant, in the caller's transaction, so a change and its history
 * are written together or not at all. Records describe themselves as ordered maps of field name to
 * text ("snapshots"); the recorder compares two snapshots field by field.
 */
@RequestScoped
public class HistoryRecorder {

  /**
   * Looked up once: {@code Json.create…} finds the provider anew on every call, which costs more
   * than building the document (an import writes a history entry per row).
   */
  private static final jakarta.json.spi.JsonProvider JSON =
      jakarta.json.spi.JsonProvider.provider();

  @Inject TenantDatabase db;
  @Inject CurrentActor actor;

  public void created(String entityType, Long id, Map<String, String> snapshot) {
    List<FieldChange> changes = diff(Map.of(), snapshot);
    write(entityType, id, HistoryEntry.Action.CREATED, changes);
  }

  /** Records the differences; writes nothing when nothing changed. */
  public void changed(
      String entityType, Long id, Map<String, String> before, Map<String, String> after) {
    List<FieldChange> changes = diff(before, after);
    if (!changes.isEmpty()) {
      write(entityType, id, HistoryEntry.Action.CHANGED, changes);
    }
  }

  public void deleted(String entityType, Long id, Map<String, String> before) {
    write(entityType, id, HistoryEntry.Action.DELETED, diff(before, Map.of()));
  }

  /** Records that a record's personal data was erased; the entry holds no values. */
  public void erased(String entityType, Long id) {
    write(entityType, id, HistoryEntry.Action.ERASED, List.of());
  }

  public void restored(String entityType, Long id) {
    write(entityType, id, HistoryEntry.Action.RESTORED, List.of());
  }

  public List<HistoryEntry> forRecord(String entityType, Long id) {
    return db.em()
        .createNamedQuery("HistoryEntry.forRecord", HistoryEntry.class)
        .setParameter("type", entityType)
        .setParameter("id", id)
        .setMaxResults(500)
        .getResultList();
  }

  /** The fields whose text differs between two snapshots, in the snapshots' order. */
  public static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
    Set<String> fields = new LinkedHashSet<>(before.keySet());
    fields.addAll(after.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String field : fields) {
      String old = blankToNull(before.get(field));
      String now = blankToNull(after.get(field));
      if (!Objects.equals(old, now)) {
        changes.add(new FieldChange(field, old, now));
      }
    }
    return changes;
  }

  private void write(
      String entityType, Long id, HistoryEntry.Action action, List<FieldChange> changes) {
    CurrentUser user = actor.user().orElse(null);
    HistoryEntry entry =
        new HistoryEntry(
            entityType,
            id,
            action,
            user == null ? HistoryEntry.ActorKind.SYSTEM : HistoryEntry.ActorKind.USER,
            user == null ? null : user.userId(),
            user == null ? null : user.fullName(),
            toJson(changes));
    db.em().persist(entry);
  }

  /** Changes as the history column keeps them (a JSON array of field, old, new). */
  public static String toJson(List<FieldChange> changes) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (FieldChange c : changes) {
      JsonObjectBuilder o = JSON.createObjectBuilder().add("field", c.field());
      if (c.oldValue() == null) {
        o.addNull("old");
      } else {
        o.add("old", c.oldValue());
      }
      if (c.newValue() == null) {
        o.addNull("new");
      } else {
        o.add("new", c.newValue());
      }
      array.add(o);
    }
    return array.build().toString();
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
