package org.opencrm.crm.contact;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencrm.crm.platform.channel.EmailKind;
import org.opencrm.crm.platform.channel.EmailLine;
import org.opencrm.crm.platform.channel.PhoneKind;
import org.opencrm.crm.platform.channel.PhoneLine;
import org.opencrm.crm.platform.customfield.CustomField;
import org.opencrm.crm.platform.customfield.CustomFields;
import org.opencrm.crm.platform.customfield.CustomValueChecks;
import org.opencrm.crm.platform.customfield.CustomValueStore;
import org.opencrm.crm.platform.i18n.StoredText;
import org.opencrm.crm.platform.importing.DuplicatePolicy;
import org.opencrm.crm.platform.importing.FullNames;
import org.opencrm.crm.platform.importing.ImportField;
import org.opencrm.crm.platform.importing.ImportRow;
import org.opencrm.crm.platform.importing.ImportTarget;
import org.opencrm.crm.platform.importing.RowOutcome;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.plan.PlanLimits;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.CurrentActor;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.security.Responsibles;
import org.opencrm.crm.platform.security.UserAccount;
import org.opencrm.crm.platform.settings.TenantSettingsService;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;
import org.opencrm.crm.reference.Classification;
import org.opencrm.crm.reference.ClassificationChoice;
import org.opencrm.crm.reference.ReferenceItem;
import org.opencrm.crm.reference.ReferenceList;
import org.opencrm.crm.reference.ReferenceLists;

/**
 * Contacts' side of an import. Each row is checked as the editor checks it (names, phones, e-mails,
 * birthday, lists by value name, responsible by name or e-mail, custom fields); a row that looks
 * like an existing contact (the same phone or e-mail, also earlier in the same file) is skipped,
 * written into that contact, or created anyway, as the user chose. New contacts are written in bulk
 * ({@link ContactRows}) with their history; updates go through {@link ContactService}.
 */
@RequestScoped
public class ContactImport implements ImportTarget {

  @Inject AccessControl access;
  @Inject PlanLimits limits;
  @Inject TenantSettingsService settings;
  @Inject ReferenceLists references;
  @Inject Responsibles responsibles;
  @Inject CustomFields customFields;
  @Inject CustomValueStore customValues;
  @Inject ContactService service;
  @Inject ContactRepository contacts;
  @Inject TenantDatabase db;
  @Inject CurrentActor actor;

  private DuplicatePolicy duplicates = DuplicatePolicy.SKIP;
  private UserAccount importer;
  private final Map<String, UserAccount> owners = new HashMap<>();
  private final Set<String> seen = new HashSet<>();
  private long room;

  @Override
  public String entity() {
    return Contact.ENTITY;
  }

  @Override
  public List<ImportField> fields() {
    List<ImportField> fields = new ArrayList<>();
    fields.add(
        ImportField.of("fullName", "ФИО", "Ф.И.О.", "Контакт", "Full name", "Name", "Contact"));
    fields.add(ImportField.of("lastName", "Фамилия", "Last name", "Surname"));
    fields.add(ImportField.of("firstName", "Имя", "First name", "Given name"));
    fields.add(ImportField.of("middleName", "Отчество", "Middle name", "Patronymic"));
    fields.add(ImportField.of("phone", "Телефон", "Phone", "Тел", "Номер телефона"));
    fields.add(
        ImportField.of(
            "mobilePhone", "Мобильный", "Мобильный телефон", "Сотовый", "Mobile", "Mobile phone"));
    fields.add(ImportField.of("workPhone", "Рабочий телефон", "Телефон рабочий", "Work phone"));
    fields.add(
        ImportField.of(
            "email", "E-mail", "Email", "Эл. почта", "Электронная почта", "Почта", "Mail"));
    fields.add(ImportField.of("jobTitle", "Должность", "Position", "Job title", "Title"));
    fields.add(
        ImportField.of("birthday", "Дата рождения", "День рождения", "Birthday", "Date of birth"));
    fields.add(ImportField.of("address", "Адрес", "Address"));
    fields.add(
        ImportField.of(
            "notes",
            "Комментарий",
            "Примечание",
            "Заметки",
            "Описание",
            "Notes",
            "Comment",
            "Description"));
    fields.add(ImportField.of("type", "Тип", "Тип контакта", "Type"));
    fields.add(ImportField.of("status", "Статус", "Status"));
    fields.add(ImportField.of("category", "Категория", "Category"));
    fields.add(ImportField.of("source", "Источник", "Source"));
    fields.add(
        ImportField.of("owner", "Ответственный", "Менеджер", "Responsible", "Owner", "Manager"));
    for (CustomField f : customFields.active(Contact.ENTITY)) {
      fields.add(ImportField.of("cf:" + f.getId(), f.getName(), f.getCode()));
    }
    return fields;
  }

  @Override
  public void begin(DuplicatePolicy duplicates) {
    access.require(Contact.ENTITY, PermissionAction.ADD);
    this.duplicates = duplicates;
    this.importer = db.em().find(UserAccount.class, actor.requireUser().userId());
    // The plan's room is counted once; the import keeps track of what it adds.
    this.room = limits.recordsRoom();
    for (UserAccount u : responsibles.assignable(Contact.ENTITY)) {
      owners.put(key(u.getFullName()), u);
      owners.put(key(u.getEmail()), u);
    }
  }

  /** A row made ready: the contact to write, its custom values, its duplicate keys. */
  private record Prepared(
      ImportRow row,
      ContactDraft draft,
      Contact contact,
      Map<Long, Object> custom,
      Set<String> keys) {}

  @Override
  public List<RowOutcome> importRows(List<ImportRow> rows) {
    RowOutcome[] outcomes = new RowOutcome[rows.size()];
    List<Prepared> prepared = new ArrayList<>();
    Map<Integer, Prepared> byIndex = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      ImportRow row = rows.get(i);
      try {
        Prepared p = prepare(row);
        prepared.add(p);
        byIndex.put(i, p);
      } catch (ValidationException e) {
        FieldError first = e.errors().get(0);
        outcomes[i] =
            RowOutcome.refused(
                row.line(), StoredText.of(first.messageKey(), first.arguments().toArray()));
      }
    }
    Map<String, Long> existing = existing(prepared);
    List<Prepared> toCreate = new ArrayList<>();
    List<Integer> createIndexes = new ArrayList<>();
    for (Map.Entry<Integer, Prepared> e : byIndex.entrySet()) {
      int i = e.getKey();
      Prepared p = e.getValue();
      Long match =
          p.keys().stream().map(existing::get).filter(id -> id != null).findFirst().orElse(null);
      boolean inFile = p.keys().stream().anyMatch(seen::contains);
      if (duplicates != DuplicatePolicy.CREATE && (match != null || inFile)) {
        if (duplicates == DuplicatePolicy.UPDATE && match != null) {
          outcomes[i] = update(p, match);
        } else {
          outcomes[i] = RowOutcome.of(p.row().line(), RowOutcome.Kind.SKIPPED);
        }
        continue;
      }
      seen.addAll(p.keys());
      toCreate.add(p);
      createIndexes.add(i);
    }
    if (!toCreate.isEmpty()) {
      if (toCreate.size() > room) {
        throw limits.recordsRefusal();
      }
      room -= toCreate.size();
      create(toCreate);
      for (int j = 0; j < toCreate.size(); j++) {
        outcomes[createIndexes.get(j)] =
            RowOutcome.of(toCreate.get(j).row().line(), RowOutcome.Kind.CREATED);
      }
    }
    db.em().flush();
    db.em().clear();
    return List.of(outcomes);
  }

  private Prepared prepare(ImportRow row) {
    ContactDraft d = new ContactDraft();
    FullNames.Parts full = FullNames.split(row.get("fullName"));
    d.setLastName(first(row.get("lastName"), full.lastName()));
    d.setFirstName(first(row.get("firstName"), full.firstName()));
    d.setMiddleName(first(row.get("middleName"), full.middleName()));
    addPhones(d, row.get("phone"), PhoneKind.MAIN);
    addPhones(d, row.get("mobilePhone"), PhoneKind.MOBILE);
    addPhones(d, row.get("workPhone"), PhoneKind.WORK);
    for (String address : row.get("email").split("[,;\\s\\n]+")) {
      if (!address.isBlank()) {
        d.getEmails()
            .add(
                new EmailLine(d.getEmails().isEmpty() ? EmailKind.WORK : EmailKind.OTHER, address));
      }
    }
    d.setJobTitle(row.get("jobTitle"));
    d.setAddress(row.get("address"));
    d.setNotes(row.get("notes"));
    List<FieldError> errors = new ArrayList<>();
    String birthday = row.get("birthday");
    if (!birthday.isBlank()) {
      LocalDate day = CustomValueChecks.dayOrNull(birthday);
      if (day == null) {
        errors.add(FieldError.of("birthday", "import.birthday.invalid", birthday));
      }
      d.setBirthday(day);
    }
    ClassificationChoice choice = new ClassificationChoice();
    choice.setTypeId(item(ReferenceList.CONTACT_TYPE, row.get("type"), errors));
    choice.setStatusId(item(ReferenceList.CONTACT_STATUS, row.get("status"), errors));
    choice.setCategoryId(item(ReferenceList.CONTACT_CATEGORY, row.get("category"), errors));
    choice.setSourceId(item(ReferenceList.SOURCE, row.get("source"), errors));
    UserAccount owner = importer;
    String ownerName = row.get("owner");
    if (!ownerName.isBlank()) {
      owner = owners.get(key(ownerName));
      if (owner == null) {
        errors.add(FieldError.of("owner", "import.owner.unknown", ownerName));
      }
    }
    Map<Long, Object> customInput = new HashMap<>();
    for (CustomField f : customFields.active(Contact.ENTITY)) {
      String v = row.get("cf:" + f.getId());
      if (!v.isBlank()) {
        customInput.put(f.getId(), v);
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    ContactValidator.CleanContact clean =
        ContactValidator.validate(d, settings.current().getPhoneRegion());
    Map<Long, Object> custom =
        customValues.checked(Contact.ENTITY, customInput, Map.of(), List.of());
    Classification classification = references.classify(ContactService.LISTS, choice, null);
    Contact contact = new Contact(owner);
    contact.classify(classification);
    ContactService.apply(contact, clean);
    Set<String> keys = new HashSet<>();
    contact.getPhones().forEach(p -> keys.add("p:" + p.getE164()));
    contact.getEmails().forEach(e -> keys.add("e:" + e.getAddress()));
    d.setCustom(customInput);
    d.setOwnerId(owner.getId());
    d.setClassification(choice);
    return new Prepared(row, d, contact, custom, keys);
  }

  private RowOutcome update(Prepared p, Long id) {
    Contact current = contacts.find(id, PermissionAction.EDIT).orElse(null);
    if (current == null) {
      return RowOutcome.refused(p.row().line(), StoredText.of("import.duplicate.notYours"));
    }
    ContactDraft merged = ContactDraft.of(current);
    ContactDraft row = p.draft();
    ImportRow r = p.row();
    if (!row.getLastName().isBlank()) {
      merged.setLastName(row.getLastName());
      merged.setFirstName(row.getFirstName());
      merged.setMiddleName(row.getMiddleName());
    }
    for (PhoneLine line : row.getPhones()) {
      if (merged.getPhones().stream().noneMatch(x -> x.getNumber().equals(line.getNumber()))) {
        merged.getPhones().add(line);
      }
    }
    for (EmailLine line : row.getEmails()) {
      if (merged.getEmails().stream()
          .noneMatch(x -> x.getAddress().equalsIgnoreCase(line.getAddress()))) {
        merged.getEmails().add(line);
      }
    }
    if (!r.get("jobTitle").isBlank()) {
      merged.setJobTitle(row.getJobTitle());
    }
    if (!r.get("address").isBlank()) {
      merged.setAddress(row.getAddress());
    }
    if (!r.get("notes").isBlank()) {
      merged.setNotes(row.getNotes());
    }
    if (row.getBirthday() != null) {
      merged.setBirthday(row.getBirthday());
    }
    ClassificationChoice c = merged.getClassification();
    ClassificationChoice given = row.getClassification();
    if (given.getTypeId() != null) {
      c.setTypeId(given.getTypeId());
    }
    if (given.getStatusId() != null) {
      c.setStatusId(given.getStatusId());
    }
    if (given.getCategoryId() != null) {
      c.setCategoryId(given.getCategoryId());
    }
    if (given.getSourceId() != null) {
      c.setSourceId(given.getSourceId());
    }
    if (!r.get("owner").isBlank()) {
      merged.setOwnerId(row.getOwnerId());
    }
    if (!row.getCustom().isEmpty()) {
      Map<Long, Object> custom = new HashMap<>(customValues.load(Contact.ENTITY, id));
      custom.putAll(row.getCustom());
      merged.setCustom(custom);
    }
    try {
      service.update(id, merged);
      return RowOutcome.of(r.line(), RowOutcome.Kind.UPDATED);
    } catch (ValidationException e) {
      FieldError first = e.errors().get(0);
      return RowOutcome.refused(
          r.line(), StoredText.of(first.messageKey(), first.arguments().toArray()));
    }
  }

  /** The existing contacts (not in the trash) holding any of the rows' phones or e-mails. */
  private Map<String, Long> existing(List<Prepared> prepared) {
    Set<String> phones = new HashSet<>();
    Set<String> emails = new HashSet<>();
    for (Prepared p : prepared) {
      for (String k : p.keys()) {
        (k.startsWith("p:") ? phones : emails).add(k.substring(2));
      }
    }
    Map<String, Long> found = new HashMap<>();
    if (!phones.isEmpty()) {
      for (Object[] r :
          db.em()
              .createQuery(
                  "SELECT p.e164, p.contact.id FROM ContactPhone p WHERE p.e164 IN :keys"
                      + " AND p.contact.deletedAt IS NULL",
                  Object[].class)
              .setParameter("keys", phones)
              .getResultList()) {
        found.putIfAbsent("p:" + r[0], (Long) r[1]);
      }
    }
    if (!emails.isEmpty()) {
      for (Object[] r :
          db.em()
              .createQuery(
                  "SELECT e.address, e.contact.id FROM ContactEmail e WHERE e.address IN :keys"
                      + " AND e.contact.deletedAt IS NULL",
                  Object[].class)
              .setParameter("keys", emails)
              .getResultList()) {
        found.putIfAbsent("e:" + r[0], (Long) r[1]);
      }
    }
    return found;
  }

  private void create(List<Prepared> toCreate) {
    db.em().flush();
    Connection connection = db.em().unwrap(Connection.class);
    List<Contact> list = toCreate.stream().map(Prepared::contact).toList();
    List<Map<Long, Object>> custom = toCreate.stream().map(Prepared::custom).toList();
    try {
      ContactRows.insert(
          connection,
          list,
          custom,
          customFields.all(Contact.ENTITY),
          customValues,
          actor.requireUser());
    } catch (SQLException e) {
      throw new IllegalStateException("Bulk insert of imported contacts failed", e);
    }
  }

  private Long item(ReferenceList list, String name, List<FieldError> errors) {
    if (name == null || name.isBlank()) {
      return null;
    }
    for (ReferenceItem item : references.all(list)) {
      if (!item.isArchived() && item.getName().equalsIgnoreCase(name.strip())) {
        return item.getId();
      }
    }
    errors.add(FieldError.of(list.key(), "import.listValue.unknown", name.strip()));
    return null;
  }

  private static void addPhones(ContactDraft d, String value, PhoneKind kind) {
    for (String number : value.split("[,;\\n]+")) {
      if (!number.isBlank()) {
        d.getPhones().add(new PhoneLine(kind, number.strip()));
      }
    }
  }

  private static String first(String a, String b) {
    return a == null || a.isBlank() ? b : a.strip();
  }

  private static String key(String s) {
    return s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
  }
}
