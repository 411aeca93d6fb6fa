package org.opencrm.crm.contact;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import org.opencrm.crm.platform.history.HistoryEntry;
import org.opencrm.crm.platform.history.HistoryRecorder;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.PermissionAction;

/**
 * Personal data of one contact on request (152-FZ): everything held about the person as one
 * document, and erasure of the record with the values in its history and the trash. The erasure
 * itself stays in the history, without the erased values.
 */
@RequestScoped
public class ContactPersonalData {

  @Inject TenantDatabase db;
  @Inject ContactRepository contacts;
  @Inject AccessControl access;
  @Inject HistoryRecorder history;
  @Inject org.opencrm.crm.platform.customfield.CustomValueStore customValues;
  @Inject jakarta.enterprise.event.Event<org.opencrm.crm.platform.files.FilesDropped> dropped;
  @Inject org.opencrm.crm.platform.tenant.TenantContext tenant;

  /** Everything held about the contact (also when it is in the trash); needs the export right. */
  public JsonObject export(Long id) {
    Contact c = held(id, PermissionAction.EXPORT);
    JsonArrayBuilder phones = Json.createArrayBuilder();
    c.getPhones()
        .forEach(
            p ->
                phones.add(
                    Json.createObjectBuilder()
                        .add("kind", p.getKind().name())
                        .add("as-entered", p.getRawValue())
                        .add("e164", p.getE164())
                        .add("extension", p.getExtension() == null ? "" : p.getExtension())));
    JsonArrayBuilder emails = Json.createArrayBuilder();
    c.getEmails()
        .forEach(
            e ->
                emails.add(
                    Json.createObjectBuilder()
                        .add("kind", e.getKind().name())
                        .add("address", e.getAddress())));
    JsonArrayBuilder events = Json.createArrayBuilder();
    for (HistoryEntry h : history.forRecord(Contact.ENTITY, id)) {
      JsonObjectBuilder event =
          Json.createObjectBuilder()
              .add("at", h.getOccurredAt().toString())
              .add("action", h.getAction().name())
              .add("by", h.getActorName() == null ? "system" : h.getActorName());
      if (h.getChanges() != null) {
        try (JsonReader reader = Json.createReader(new StringReader(h.getChanges()))) {
          event.add("changes", reader.readArray());
        }
      }
      events.add(event);
    }
    return Json.createObjectBuilder()
        .add("id", c.getId())
        .add("last-name", c.getLastName())
        .add("first-name", c.getFirstName())
        .add("middle-name", c.getMiddleName())
        .add("notes", c.getNotes() == null ? "" : c.getNotes())
        .add("birthday", c.getBirthday() == null ? "" : c.getBirthday().toString())
        .add("job-title", c.getJobTitle() == null ? "" : c.getJobTitle())
        .add("address", c.getAddress() == null ? "" : c.getAddress())
        .add(
            "messengers",
            c.getMessengers().stream()
                .map(ContactMessenger::describe)
                .collect(java.util.stream.Collectors.joining(", ")))
        .add("phones", phones)
        .add("emails", emails)
        .add("responsible", c.getOwner().getFullName())
        .add("created-at", c.getCreatedAt().toString())
        .add("updated-at", c.getUpdatedAt().toString())
        .add("in-trash", c.getDeletedAt() != null)
        .add("history", events)
        .build();
  }

  /**
   * Erases the contact for good: the record, its phones, e-mails, custom values and files, and
   * every value in its history; then records the erasure (who and when, no values). Needs the
   * delete right.
   */
  @Transactional
  public void erase(Long id) {
    Contact c = held(id, PermissionAction.DELETE);
    db.em()
        .createQuery(
            "UPDATE HistoryEntry h SET h.changes = NULL"
                + " WHERE h.entityType = :type AND h.entityId = :id")
        .setParameter("type", Contact.ENTITY)
        .setParameter("id", id)
        .executeUpdate();
    customValues.write(Contact.ENTITY, id, java.util.Map.of());
    java.util.List<String> files =
        db.em()
            .createQuery(
                "SELECT f.fileKey FROM RecordFile f WHERE f.entity = :e AND f.recordId = :id",
                String.class)
            .setParameter("e", Contact.ENTITY)
            .setParameter("id", id)
            .getResultList();
    db.em()
        .createQuery("DELETE FROM RecordFile f WHERE f.entity = :e AND f.recordId = :id")
        .setParameter("e", Contact.ENTITY)
        .setParameter("id", id)
        .executeUpdate();
    if (!files.isEmpty()) {
      dropped.fire(new org.opencrm.crm.platform.files.FilesDropped(tenant.require().slug(), files));
    }
    db.em().remove(c);
    history.erased(Contact.ENTITY, id);
  }

  /** The contact, in the list or in the trash, if the user may do the action on it. */
  private Contact held(Long id, PermissionAction action) {
    return contacts
        .find(id, action)
        .or(
            () ->
                contacts
                    .findInTrash(id)
                    .filter(c -> access.allows(Contact.ENTITY, action, c.getOwner())))
        .orElseThrow(() -> new ContactNotFoundException(id));
  }
}
