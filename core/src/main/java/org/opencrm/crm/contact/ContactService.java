package org.opencrm.crm.contact;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencrm.crm.platform.channel.ChannelChecks;
import org.opencrm.crm.platform.history.HistoryRecorder;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.CurrentActor;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.security.UserAccount;
import org.opencrm.crm.platform.settings.TenantSettingsService;
import org.opencrm.crm.platform.validation.ConcurrentChangeException;
import org.opencrm.crm.reference.Classification;
import org.opencrm.crm.reference.ReferenceList;
import org.opencrm.crm.reference.ReferenceLists;

/**
 * Creates, changes, deletes (to the trash) and restores contacts: input checked first, permission
 * checked on the record and on its new responsible user, history written in the same transaction. A
 * refused change writes nothing.
 */
@RequestScoped
public class ContactService {

  @Inject org.opencrm.crm.platform.plan.PlanLimits limits;
  @Inject TenantDatabase db;
  @Inject ContactRepository contacts;
  @Inject AccessControl access;
  @Inject CurrentActor actor;
  @Inject org.opencrm.crm.platform.security.Responsibles responsibles;
  @Inject HistoryRecorder history;
  @Inject TenantSettingsService settings;
  @Inject ReferenceLists references;

  /** The lists a contact's type, status and category come from. */
  public static final Classification.Lists LISTS =
      new Classification.Lists(
          ReferenceList.CONTACT_TYPE, ReferenceList.CONTACT_STATUS, ReferenceList.CONTACT_CATEGORY);

  /** The contact for its card; "not found" also when the user may not see it. */
  public Contact open(Long id) {
    return contacts
        .find(id, PermissionAction.VIEW)
        .orElseThrow(() -> new ContactNotFoundException(id));
  }

  @Transactional
  public Contact create(ContactDraft draft) {
    access.require(Contact.ENTITY, PermissionAction.ADD);
    limits.checkRecordsCanBeAdded(1);
    ContactValidator.CleanContact clean =
        ContactValidator.validate(draft, settings.current().getPhoneRegion());
    UserAccount owner = ownerFor(draft.getOwnerId(), PermissionAction.ADD);
    Classification classification = references.classify(LISTS, draft.getClassification(), null);
    Contact contact = new Contact(owner);
    contact.classify(classification);
    apply(contact, clean);
    db.em().persist(contact);
    db.em().flush();
    history.created(Contact.ENTITY, contact.getId(), contact.snapshot());
    return contact;
  }

  @Transactional
  public Contact update(Long id, ContactDraft draft) {
    Contact contact =
        contacts
            .find(id, PermissionAction.EDIT)
            .orElseThrow(() -> new ContactNotFoundException(id));
    if (draft.getVersion() != null && draft.getVersion() != contact.getVersion()) {
      throw conflict(id);
    }
    ContactValidator.CleanContact clean =
        ContactValidator.validate(draft, settings.current().getPhoneRegion());
    Map<String, String> before = contact.snapshot();
    UserAccount owner =
        draft.getOwnerId() == null || draft.getOwnerId().equals(contact.getOwner().getId())
            ? contact.getOwner()
            : ownerFor(draft.getOwnerId(), PermissionAction.EDIT);
    Classification classification =
        references.classify(LISTS, draft.getClassification(), contact.getClassification());
    if (contact.holds(clean, owner, classification)) {
      // Nothing changes: no new version (clients' ETags stay valid) and no history entry.
      return contact;
    }
    contact.assignTo(owner);
    contact.classify(classification);
    apply(contact, clean);
    contact.touch();
    try {
      db.em().flush();
    } catch (OptimisticLockException e) {
      // The transaction is already marked for rollback: no more queries in it.
      throw new ConcurrentChangeException("Contact " + id + " was changed meanwhile", null);
    }
    history.changed(Contact.ENTITY, contact.getId(), before, contact.snapshot());
    return contact;
  }

  private ConcurrentChangeException conflict(Long id) {
    String who =
        history.forRecord(Contact.ENTITY, id).stream()
            .findFirst()
            .map(h -> h.getActorName())
            .orElse(null);
    return new ConcurrentChangeException("Contact " + id + " was changed meanwhile", who);
  }

  @Transactional
  public void delete(Long id) {
    Contact contact =
        contacts
            .find(id, PermissionAction.DELETE)
            .orElseThrow(() -> new ContactNotFoundException(id));
    Map<String, String> before = contact.snapshot();
    contact.trash(actor.requireUser().fullName());
    try {
      db.em().flush();
    } catch (OptimisticLockException e) {
      // Someone deleted or changed it at the same moment.
      throw new ConcurrentChangeException("Contact " + id + " was changed meanwhile", null);
    }
    history.deleted(Contact.ENTITY, id, before);
  }

  /** Takes a contact out of the trash, with its phones, e-mails and history as they were. */
  @Transactional
  public Contact restore(Long id) {
    Contact contact = contacts.findInTrash(id).orElseThrow(() -> new ContactNotFoundException(id));
    limits.checkRecordsCanBeAdded(1);
    contact.restore();
    history.restored(Contact.ENTITY, id);
    return contact;
  }

  /** How long deleted contacts stay restorable. */
  public static final java.time.Duration TRASH_RETENTION = java.time.Duration.ofDays(30);

  /** Removes for good what has been in the trash longer than {@link #TRASH_RETENTION}. */
  @Transactional
  public int purgeTrash() {
    return contacts.purgeTrashedBefore(java.time.Instant.now().minus(TRASH_RETENTION));
  }

  /** Users the current user may make responsible for a contact. */
  public List<UserAccount> assignableOwners() {
    return responsibles.assignable(Contact.ENTITY);
  }

  private UserAccount ownerFor(Long ownerId, PermissionAction action) {
    return responsibles.choose(Contact.ENTITY, ownerId, action);
  }

  private static void apply(Contact contact, ContactValidator.CleanContact clean) {
    contact.rename(clean.lastName(), clean.firstName(), clean.middleName());
    contact.describe(clean.notes().isEmpty() ? null : clean.notes());
    List<ContactPhone> phones = new ArrayList<>();
    for (ChannelChecks.CleanPhone p : clean.phones()) {
      phones.add(new ContactPhone(contact, phones.size(), p));
    }
    contact.replacePhones(phones);
    List<ContactEmail> emails = new ArrayList<>();
    for (ChannelChecks.CleanEmail e : clean.emails()) {
      emails.add(new ContactEmail(contact, emails.size(), e));
    }
    contact.replaceEmails(emails);
  }
}
