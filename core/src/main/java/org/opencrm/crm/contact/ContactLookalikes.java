package org.opencrm.crm.contact;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.record.Lookalike;
import org.opencrm.crm.platform.record.LookalikeCollector;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.settings.TenantSettingsService;

/**
 * Contacts that look like one being entered: the same phone (in any format) or e-mail. All contacts
 * are searched, not only the user's, so nobody enters a client a colleague already has; a match the
 * user may not see is told only as "exists, responsible: …".
 */
@RequestScoped
public class ContactLookalikes {

  /** Most matches told. */
  static final int MAX = 10;

  @Inject TenantDatabase db;
  @Inject AccessControl access;
  @Inject TenantSettingsService settings;

  /**
   * The lookalikes of a draft (checked first; a draft with bad values has none).
   *
   * @param except the contact being edited, which of course matches itself; null for a new one
   */
  public List<Lookalike> of(ContactDraft draft, Long except) {
    ContactValidator.CleanContact clean;
    try {
      clean = ContactValidator.validate(draft, settings.current().getPhoneRegion());
    } catch (org.opencrm.crm.platform.validation.ValidationException e) {
      return List.of();
    }
    LookalikeCollector found = new LookalikeCollector(Contact.ENTITY, except, access);
    List<String> phones = clean.phones().stream().map(p -> p.e164()).toList();
    if (!phones.isEmpty()) {
      db.em()
          .createQuery(
              "SELECT p FROM ContactPhone p JOIN FETCH p.contact c"
                  + " WHERE p.e164 IN :numbers AND c.deletedAt IS NULL",
              ContactPhone.class)
          .setParameter("numbers", phones)
          .setMaxResults(MAX)
          .getResultList()
          .forEach(p -> found.add(p.owner(), "duplicate.reason.phone", p.getDisplay()));
    }
    List<String> emails = clean.emails().stream().map(e -> e.address()).toList();
    if (!emails.isEmpty()) {
      db.em()
          .createQuery(
              "SELECT e FROM ContactEmail e JOIN FETCH e.contact c"
                  + " WHERE e.address IN :addresses AND c.deletedAt IS NULL",
              ContactEmail.class)
          .setParameter("addresses", emails)
          .setMaxResults(MAX)
          .getResultList()
          .forEach(e -> found.add(e.owner(), "duplicate.reason.email", e.getAddress()));
    }
    return found.list(MAX);
  }
}
