package org.opencrm.crm.web.contact;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opencrm.crm.contact.Contact;
import org.opencrm.crm.contact.ContactDraft;
import org.opencrm.crm.contact.ContactRepository;
import org.opencrm.crm.contact.ContactService;
import org.opencrm.crm.platform.channel.ChannelChecks;
import org.opencrm.crm.platform.channel.EmailLine;
import org.opencrm.crm.platform.channel.PhoneLine;
import org.opencrm.crm.platform.security.CurrentActor;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.web.i18n.Texts;
import org.opencrm.crm.web.list.RecordIds;
import org.opencrm.crm.web.record.FormLines;

/**
 * Creates and edits a contact. Problems come back from the service keyed by field and are shown
 * next to their fields; nothing is saved until everything is right.
 */
@Named
@ViewScoped
public class ContactEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ContactService contacts;
  @Inject ContactRepository repository;
  @Inject CurrentActor actor;
  @Inject Texts texts;
  @Inject org.opencrm.crm.web.record.RecordForms forms;
  @Inject org.opencrm.crm.web.customfield.CustomFieldsUi customFields;
  @Inject org.opencrm.crm.contact.ContactLookalikes lookalikeFinder;

  private Long id;
  private boolean badId;
  private boolean found = true;
  private String title;
  private java.util.List<org.opencrm.crm.platform.record.Lookalike> lookalikes =
      java.util.List.of();
  private boolean lookalikesSeen;
  private ContactDraft draft;

  public void load() {
    if (draft != null) {
      return;
    }
    if (badId) {
      found = false;
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
      return;
    }
    if (id == null) {
      draft = new ContactDraft();
      draft.setOwnerId(actor.requireUser().userId());
      draft.getPhones().add(new PhoneLine());
      draft.getEmails().add(new EmailLine());
      draft.getMessengers().add(new org.opencrm.crm.contact.MessengerLine());
      title = texts.get("contact.new");
      return;
    }
    Contact contact = repository.find(id, PermissionAction.EDIT).orElse(null);
    if (contact == null) {
      found = false;
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
      return;
    }
    draft = ContactDraft.of(contact);
    draft.setCustom(customFields.forForm(Contact.ENTITY, id));
    if (draft.getPhones().isEmpty()) {
      draft.getPhones().add(new PhoneLine());
    }
    if (draft.getEmails().isEmpty()) {
      draft.getEmails().add(new EmailLine());
    }
    if (draft.getMessengers().isEmpty()) {
      draft.getMessengers().add(new org.opencrm.crm.contact.MessengerLine());
    }
    title = contact.getDisplayName();
  }

  public void addPhone() {
    FormLines.add(draft.getPhones(), () -> new PhoneLine(), ChannelChecks.MAX_LINES);
  }

  public void removePhone(int index) {
    FormLines.remove(draft.getPhones(), index);
  }

  public void addMessenger() {
    FormLines.add(
        draft.getMessengers(),
        () -> new org.opencrm.crm.contact.MessengerLine(),
        ChannelChecks.MAX_LINES);
  }

  public void removeMessenger(int index) {
    FormLines.remove(draft.getMessengers(), index);
  }

  /** The messenger kinds in the UI's language. */
  public java.util.Map<String, org.opencrm.crm.contact.MessengerKind> getMessengerKinds() {
    java.util.Map<String, org.opencrm.crm.contact.MessengerKind> kinds =
        new java.util.LinkedHashMap<>();
    for (org.opencrm.crm.contact.MessengerKind k : org.opencrm.crm.contact.MessengerKind.values()) {
      kinds.put(texts.get("messengerKind." + k), k);
    }
    return kinds;
  }

  public void addEmail() {
    FormLines.add(draft.getEmails(), () -> new EmailLine(), ChannelChecks.MAX_LINES);
  }

  public void removeEmail(int index) {
    FormLines.remove(draft.getEmails(), index);
  }

  /**
   * Saves. Serialised per editor, and a created contact's id is kept at once, so a double click, a
   * repeated post or Back-then-Save changes that contact instead of creating another.
   */
  /**
   * Saves. A new record that looks like an existing one (the same phone, e-mail or INN) is not
   * saved yet: the matches are shown, and "Save anyway" saves it.
   */
  public synchronized void save() throws IOException {
    if (id == null && !lookalikesSeen) {
      lookalikes = lookalikeFinder.of(draft, null);
      if (!lookalikes.isEmpty()) {
        texts.message(
            null, jakarta.faces.application.FacesMessage.SEVERITY_WARN, "duplicate.found");
        return;
      }
    }
    Contact saved =
        forms.save(
            Contact.ENTITY,
            () -> id == null ? contacts.create(draft) : contacts.update(id, draft),
            field ->
                field.startsWith("custom.")
                    ? customFields.clientId("form", Contact.ENTITY, field)
                    : clientId(field));
    if (saved == null) {
      return;
    }
    boolean created = id == null;
    id = saved.getId();
    draft.setVersion(saved.getVersion());
    texts.flash(created ? "contact.created" : "contact.saved");
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/app/contact.xhtml?id=" + id);
  }

  /** The client id of the input a field error belongs to. */
  static String clientId(String field) {
    if (field.startsWith("phones[")) {
      return "form:phones:" + field.substring(7, field.indexOf(']')) + ":number";
    }
    if (field.startsWith("emails[")) {
      return "form:emails:" + field.substring(7, field.indexOf(']')) + ":address";
    }
    if (field.startsWith("messengers[")) {
      return "form:messengers:" + field.substring(11, field.indexOf(']')) + ":handle";
    }
    return switch (field) {
      case "lastName", "firstName", "middleName", "notes", "birthday", "jobTitle", "address" ->
          "form:" + field;
      case "ownerId" -> "form:owner";
      case "typeId" -> "form:type";
      case "statusId" -> "form:status";
      case "categoryId" -> "form:category";
      case "sourceId" -> "form:source";
      default -> null;
    };
  }

  /** Users the contact may be given to. */
  public Map<String, Long> getOwners() {
    Map<String, Long> owners = new LinkedHashMap<>();
    contacts.assignableOwners().forEach(u -> owners.put(u.getFullName(), u.getId()));
    return owners;
  }

  /** Saves although the record looks like existing ones. */
  public void saveAnyway() throws IOException {
    lookalikesSeen = true;
    save();
  }

  public java.util.List<org.opencrm.crm.platform.record.Lookalike> getLookalikes() {
    return lookalikes;
  }

  public Long getId() {
    return id;
  }

  /** The id as the address gives it; anything but a number finds nothing. */
  public String getIdParam() {
    return id == null ? null : id.toString();
  }

  public void setIdParam(String value) {
    this.id = RecordIds.parse(value);
    this.badId = value != null && !value.isBlank() && id == null;
  }

  public boolean isFound() {
    return found;
  }

  public boolean isNew() {
    return id == null;
  }

  public String getTitle() {
    return title;
  }

  public ContactDraft getDraft() {
    return draft;
  }
}
