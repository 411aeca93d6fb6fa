package org.opencrm.crm.contact;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencrm.crm.platform.channel.ChannelChecks;
import org.opencrm.crm.platform.customfield.CustomValueStore;
import org.opencrm.crm.platform.record.RecordNotFoundException;
import org.opencrm.crm.platform.record.RecordService;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.security.UserAccount;
import org.opencrm.crm.platform.settings.TenantSettingsService;
import org.opencrm.crm.reference.Classification;
import org.opencrm.crm.reference.ReferenceList;
import org.opencrm.crm.reference.ReferenceLists;

/**
 * Creates, changes, deletes (to the trash) and restores contacts: input checked first, permission
 * checked on the record and on its new responsible user, history written in the same transaction. A
 * refused change writes nothing.
 */
@RequestScoped
public class ContactService extends RecordService<Contact> {

  @Override
  protected String entity() {
    return Contact.ENTITY;
  }

  @Override
  protected ContactRepository records() {
    return contacts;
  }

  @Override
  protected RecordNotFoundException notFound(Long id) {
    return new ContactNotFoundException(id);
  }

  @Inject ContactRepository contacts;
  @Inject AccessControl access;
  @Inject org.opencrm.crm.platform.security.Responsibles responsibles;
  @Inject TenantSettingsService settings;
  @Inject ReferenceLists references;

  /** The lists a contact's type, status and category come from. */
  public static final Classification.Lists LISTS =
      new Classification.Lists(
          ReferenceList.CONTACT_TYPE, ReferenceList.CONTACT_STATUS, ReferenceList.CONTACT_CATEGORY);

  @Transactional
  public Contact create(ContactDraft draft) {
    access.require(Contact.ENTITY, PermissionAction.ADD);
    limits.checkRecordsCanBeAdded(1);
    Checked<ContactValidator.CleanContact> checked =
        check(
            () -> ContactValidator.validate(draft, settings.current().getPhoneRegion()),
            draft.getCustom(),
            Map.of());
    ContactValidator.CleanContact clean = checked.clean();
    UserAccount owner = ownerFor(draft.getOwnerId(), PermissionAction.ADD);
    Classification classification = references.classify(LISTS, draft.getClassification(), null);
    Contact contact = new Contact(owner);
    contact.classify(classification);
    apply(contact, clean);
    db.em().persist(contact);
    db.em().flush();
    customValues.write(Contact.ENTITY, contact.getId(), checked.custom());
    history.created(Contact.ENTITY, contact.getId(), snapshot(contact, checked.custom()));
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
    Map<Long, Object> held = customValues.load(Contact.ENTITY, id);
    Checked<ContactValidator.CleanContact> checked =
        check(
            () -> ContactValidator.validate(draft, settings.current().getPhoneRegion()),
            draft.getCustom(),
            held);
    ContactValidator.CleanContact clean = checked.clean();
    Map<String, String> before = snapshot(contact, held);
    UserAccount owner =
        draft.getOwnerId() == null || draft.getOwnerId().equals(contact.getOwner().getId())
            ? contact.getOwner()
            : ownerFor(draft.getOwnerId(), PermissionAction.EDIT);
    Classification classification =
        references.classify(LISTS, draft.getClassification(), contact.getClassification());
    boolean customSame = CustomValueStore.same(checked.custom(), held);
    if (contact.holds(clean, owner, classification) && customSame) {
      // Nothing changes: no new version (clients' ETags stay valid) and no history entry.
      return contact;
    }
    contact.assignTo(owner);
    contact.classify(classification);
    apply(contact, clean);
    contact.touch();
    flushOrConflict(id);
    if (!customSame) {
      customValues.write(Contact.ENTITY, id, checked.custom());
    }
    history.changed(Contact.ENTITY, contact.getId(), before, snapshot(contact, checked.custom()));
    return contact;
  }

  /** Users the current user may make responsible for a contact. */
  public List<UserAccount> assignableOwners() {
    return responsibles.assignable(Contact.ENTITY);
  }

  private UserAccount ownerFor(Long ownerId, PermissionAction action) {
    return responsibles.choose(Contact.ENTITY, ownerId, action);
  }

  /** Puts checked values into a contact (a new one, an edited one, or one an import builds). */
  static void apply(Contact contact, ContactValidator.CleanContact clean) {
    contact.rename(clean.lastName(), clean.firstName(), clean.middleName());
    contact.describeDetails(clean);
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
