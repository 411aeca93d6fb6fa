package org.opencrm.crm.contact;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencrm.crm.platform.customfield.CustomField;
import org.opencrm.crm.platform.customfield.CustomValueStore;
import org.opencrm.crm.platform.history.HistoryEntry;
import org.opencrm.crm.platform.history.HistoryRecorder;
import org.opencrm.crm.platform.persistence.BulkInsert;
import org.opencrm.crm.platform.phone.PhoneNumbers;
import org.opencrm.crm.platform.security.CurrentUser;
import org.opencrm.crm.reference.ReferenceItem;

/**
 * Writes new contacts in bulk on the transaction's connection: the contacts, their phones, e-mails
 * and messengers, their custom values, and a "created by import" history entry each, in the columns
 * the entities map. Used by imports, where a row at a time would be far too slow.
 */
final class ContactRows {

  private ContactRows() {}

  static List<Long> insert(
      Connection c,
      List<Contact> contacts,
      List<Map<Long, Object>> custom,
      List<CustomField> fields,
      CustomValueStore customValues,
      CurrentUser user)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>(contacts.size());
    for (Contact x : contacts) {
      rows.add(
          new Object[] {
            x.getLastName(),
            x.getFirstName(),
            x.getMiddleName(),
            x.getOwner().getId(),
            x.getNotes(),
            x.getCreatedAt(),
            x.getUpdatedAt(),
            0,
            x.getBirthday(),
            x.getJobTitle(),
            x.getAddress(),
            id(x.getClassification().getType()),
            id(x.getClassification().getStatus()),
            id(x.getClassification().getCategory()),
            id(x.getClassification().getSource())
          });
    }
    List<Long> ids =
        BulkInsert.insert(
            c,
            "contact",
            List.of(
                "last_name",
                "first_name",
                "middle_name",
                "owner_id",
                "notes",
                "created_at",
                "updated_at",
                "version",
                "birthday",
                "job_title",
                "address",
                "type_id",
                "status_id",
                "category_id",
                "source_id"),
            rows,
            true);
    List<Object[]> phones = new ArrayList<>();
    List<Object[]> emails = new ArrayList<>();
    List<Object[]> messengers = new ArrayList<>();
    List<Object[]> history = new ArrayList<>();
    Map<Long, Map<Long, Object>> values = new HashMap<>();
    Instant now = Instant.now();
    for (int i = 0; i < contacts.size(); i++) {
      Contact x = contacts.get(i);
      Long id = ids.get(i);
      for (ContactPhone p : x.getPhones()) {
        phones.add(
            new Object[] {
              id,
              p.getPosition(),
              p.getKind(),
              p.getRawValue(),
              p.getE164(),
              p.getExtension(),
              PhoneNumbers.reversedDigits(p.getE164())
            });
      }
      for (ContactEmail e : x.getEmails()) {
        emails.add(new Object[] {id, e.getPosition(), e.getKind(), e.getAddress()});
      }
      int position = 0;
      for (ContactMessenger m : x.getMessengers()) {
        messengers.add(new Object[] {id, position++, m.getKind(), m.getHandle()});
      }
      Map<Long, Object> own = custom.get(i);
      if (!own.isEmpty()) {
        values.put(id, own);
      }
      Map<String, String> snapshot = new LinkedHashMap<>(x.snapshot());
      snapshot.putAll(customValues.snapshot(Contact.ENTITY, own));
      history.add(
          new Object[] {
            Contact.ENTITY,
            id,
            HistoryEntry.Action.CREATED,
            HistoryEntry.ActorKind.IMPORT,
            user.userId(),
            user.fullName(),
            now,
            HistoryRecorder.toJson(HistoryRecorder.diff(Map.of(), snapshot))
          });
    }
    BulkInsert.insert(
        c,
        "contact_phone",
        List.of(
            "contact_id", "position", "kind", "raw_value", "e164", "extension", "digits_reversed"),
        phones,
        false);
    BulkInsert.insert(
        c, "contact_email", List.of("contact_id", "position", "kind", "address"), emails, false);
    BulkInsert.insert(
        c,
        "contact_messenger",
        List.of("contact_id", "position", "kind", "handle"),
        messengers,
        false);
    customValues.insertAll(c, fields, values);
    BulkInsert.insert(
        c,
        "history_entry",
        List.of(
            "entity_type",
            "entity_id",
            "action",
            "actor_kind",
            "actor_id",
            "actor_name",
            "occurred_at",
            "changes"),
        history,
        false);
    return ids;
  }

  private static Long id(ReferenceItem item) {
    return item == null ? null : item.getId();
  }
}
