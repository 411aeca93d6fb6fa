package org.opencrm.crm.company;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.record.Lookalike;
import org.opencrm.crm.platform.record.LookalikeCollector;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.settings.TenantSettingsService;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * Companies that look like one being entered: the same INN in any requisite set, phone or e-mail.
 * All companies are searched; a match the user may not see is told only as "exists, responsible:
 * …".
 */
@RequestScoped
public class CompanyLookalikes {

  static final int MAX = 10;

  @Inject TenantDatabase db;
  @Inject AccessControl access;
  @Inject TenantSettingsService settings;

  /**
   * @param except the company being edited; null for a new one
   */
  public List<Lookalike> of(CompanyDraft draft, Long except) {
    CompanyValidator.CleanCompany clean;
    try {
      clean = CompanyValidator.validate(draft, settings.current().getPhoneRegion());
    } catch (ValidationException e) {
      return List.of();
    }
    LookalikeCollector found = new LookalikeCollector(Company.ENTITY, except, access);
    List<String> inns =
        clean.requisites().stream().map(r -> r.inn()).filter(i -> i != null).toList();
    if (!inns.isEmpty()) {
      db.em()
          .createQuery(
              "SELECT r FROM RequisiteSet r JOIN FETCH r.company c"
                  + " WHERE r.inn IN :inns AND c.deletedAt IS NULL",
              RequisiteSet.class)
          .setParameter("inns", inns)
          .setMaxResults(MAX)
          .getResultList()
          .forEach(r -> found.add(r.getCompany(), "duplicate.reason.inn", r.getInn()));
    }
    List<String> phones = clean.phones().stream().map(p -> p.e164()).toList();
    if (!phones.isEmpty()) {
      db.em()
          .createQuery(
              "SELECT p FROM CompanyPhone p JOIN FETCH p.company c"
                  + " WHERE p.e164 IN :numbers AND c.deletedAt IS NULL",
              CompanyPhone.class)
          .setParameter("numbers", phones)
          .setMaxResults(MAX)
          .getResultList()
          .forEach(p -> found.add(p.owner(), "duplicate.reason.phone", p.getDisplay()));
    }
    List<String> emails = clean.emails().stream().map(e -> e.address()).toList();
    if (!emails.isEmpty()) {
      db.em()
          .createQuery(
              "SELECT e FROM CompanyEmail e JOIN FETCH e.company c"
                  + " WHERE e.address IN :addresses AND c.deletedAt IS NULL",
              CompanyEmail.class)
          .setParameter("addresses", emails)
          .setMaxResults(MAX)
          .getResultList()
          .forEach(e -> found.add(e.owner(), "duplicate.reason.email", e.getAddress()));
    }
    return found.list(MAX);
  }
}
