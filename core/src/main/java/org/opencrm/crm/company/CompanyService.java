package org.opencrm.crm.company;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.opencrm.crm.contact.Contact;
import org.opencrm.crm.contact.ContactNotFoundException;
import org.opencrm.crm.contact.ContactRepository;
import org.opencrm.crm.platform.customfield.CustomValueStore;
import org.opencrm.crm.platform.record.RecordNotFoundException;
import org.opencrm.crm.platform.record.RecordService;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.security.UserAccount;
import org.opencrm.crm.platform.settings.TenantSettingsService;
import org.opencrm.crm.reference.Classification;
import org.opencrm.crm.reference.ReferenceItem;
import org.opencrm.crm.reference.ReferenceList;
import org.opencrm.crm.reference.ReferenceLists;

/**
 * Creates, changes, deletes (to the trash) and restores companies, and links contacts to them:
 * input checked first, permission checked on the record and on its new responsible user, history
 * written in the same transaction. A refused change writes nothing.
 */
@RequestScoped
public class CompanyService extends RecordService<Company> {

  @Override
  protected String entity() {
    return Company.ENTITY;
  }

  @Override
  protected CompanyRepository records() {
    return companies;
  }

  @Override
  protected RecordNotFoundException notFound(Long id) {
    return new CompanyNotFoundException(id);
  }

  @Inject CompanyRepository companies;
  @Inject ContactRepository contacts;
  @Inject AccessControl access;
  @Inject org.opencrm.crm.platform.security.Responsibles responsibles;
  @Inject TenantSettingsService settings;
  @Inject ReferenceLists references;

  /** The lists a company's type, status and category come from. */
  public static final Classification.Lists LISTS =
      new Classification.Lists(
          ReferenceList.COMPANY_TYPE, ReferenceList.COMPANY_STATUS, ReferenceList.COMPANY_CATEGORY);

  @Transactional
  public Company create(CompanyDraft draft) {
    access.require(Company.ENTITY, PermissionAction.ADD);
    limits.checkRecordsCanBeAdded(1);
    Checked<CompanyValidator.CleanCompany> checked =
        check(
            () -> CompanyValidator.validate(draft, settings.current().getPhoneRegion()),
            draft.getCustom(),
            Map.of());
    CompanyValidator.CleanCompany clean = checked.clean();
    UserAccount owner = ownerFor(draft.getOwnerId(), PermissionAction.ADD);
    Classification classification = references.classify(LISTS, draft.getClassification(), null);
    ReferenceItem activity =
        references.resolve(ReferenceList.ACTIVITY, draft.getActivityId(), null, "activityId");
    Company company = new Company(owner);
    company.apply(clean);
    company.classify(classification, activity);
    db.em().persist(company);
    db.em().flush();
    customValues.write(Company.ENTITY, company.getId(), checked.custom());
    history.created(Company.ENTITY, company.getId(), snapshot(company, checked.custom()));
    return company;
  }

  @Transactional
  public Company update(Long id, CompanyDraft draft) {
    Company company =
        companies
            .find(id, PermissionAction.EDIT)
            .orElseThrow(() -> new CompanyNotFoundException(id));
    if (draft.getVersion() != null && draft.getVersion() != company.getVersion()) {
      throw conflict(id);
    }
    Map<Long, Object> held = customValues.load(Company.ENTITY, id);
    Checked<CompanyValidator.CleanCompany> checked =
        check(
            () -> CompanyValidator.validate(draft, settings.current().getPhoneRegion()),
            draft.getCustom(),
            held);
    CompanyValidator.CleanCompany clean = checked.clean();
    UserAccount owner =
        draft.getOwnerId() == null || draft.getOwnerId().equals(company.getOwner().getId())
            ? company.getOwner()
            : ownerFor(draft.getOwnerId(), PermissionAction.EDIT);
    Classification classification =
        references.classify(LISTS, draft.getClassification(), company.getClassification());
    ReferenceItem activity =
        references.resolve(
            ReferenceList.ACTIVITY,
            draft.getActivityId(),
            company.getActivity() == null ? null : company.getActivity().getId(),
            "activityId");
    boolean customSame = CustomValueStore.same(checked.custom(), held);
    if (company.holds(clean, owner, classification, activity) && customSame) {
      return company;
    }
    Map<String, String> before = snapshot(company, held);
    company.assignTo(owner);
    company.apply(clean);
    company.classify(classification, activity);
    company.touch();
    flushOrConflict(id);
    if (!customSame) {
      customValues.write(Company.ENTITY, id, checked.custom());
    }
    history.changed(Company.ENTITY, company.getId(), before, snapshot(company, checked.custom()));
    return company;
  }

  /**
   * Links a contact to a company. The user must be allowed to change the company and to see the
   * contact; linking twice changes nothing. Both records' histories show the link.
   */
  @Transactional
  public void link(Long companyId, Long contactId) {
    Company company =
        companies
            .find(companyId, PermissionAction.EDIT)
            .orElseThrow(() -> new CompanyNotFoundException(companyId));
    Contact contact =
        contacts
            .find(contactId, PermissionAction.VIEW)
            .orElseThrow(() -> new ContactNotFoundException(contactId));
    ContactCompanyLink.Key key = new ContactCompanyLink.Key(contactId, companyId);
    if (db.em().find(ContactCompanyLink.class, key) != null) {
      return;
    }
    db.em().persist(new ContactCompanyLink(contactId, companyId));
    history.changed(
        Company.ENTITY, companyId, Map.of(), Map.of("contactLinked", contact.getDisplayName()));
    history.changed(
        Contact.ENTITY, contactId, Map.of(), Map.of("companyLinked", company.getName()));
  }

  /** Removes a contact's link to a company; the records themselves stay. */
  @Transactional
  public void unlink(Long companyId, Long contactId) {
    Company company =
        companies
            .find(companyId, PermissionAction.EDIT)
            .orElseThrow(() -> new CompanyNotFoundException(companyId));
    ContactCompanyLink link =
        db.em().find(ContactCompanyLink.class, new ContactCompanyLink.Key(contactId, companyId));
    if (link == null) {
      return;
    }
    Contact contact = db.em().find(Contact.class, contactId);
    String contactName = contact == null ? "#" + contactId : contact.getDisplayName();
    db.em().remove(link);
    history.changed(Company.ENTITY, companyId, Map.of("contactLinked", contactName), Map.of());
    history.changed(
        Contact.ENTITY, contactId, Map.of("companyLinked", company.getName()), Map.of());
  }

  /** The contacts linked to a company that the user may see, by name. */
  public List<Contact> contactsOf(Long companyId) {
    open(companyId);
    var em = db.em();
    var cb = em.getCriteriaBuilder();
    var q = cb.createQuery(Contact.class);
    var c = q.from(Contact.class);
    var linked = q.subquery(Long.class);
    var l = linked.from(ContactCompanyLink.class);
    linked.select(l.get("contactId")).where(cb.equal(l.get("companyId"), companyId));
    q.where(
        c.get("id").in(linked),
        cb.isNull(c.get("deletedAt")),
        access.restrict(cb, c.get("owner"), Contact.ENTITY, PermissionAction.VIEW));
    q.orderBy(cb.asc(c.get("lastName")), cb.asc(c.get("firstName")), cb.asc(c.get("id")));
    return em.createQuery(q).setMaxResults(500).getResultList();
  }

  /** Users the current user may make responsible for a company. */
  public List<UserAccount> assignableOwners() {
    return responsibles.assignable(Company.ENTITY);
  }

  private UserAccount ownerFor(Long ownerId, PermissionAction action) {
    return responsibles.choose(Company.ENTITY, ownerId, action);
  }
}
