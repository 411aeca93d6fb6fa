package org.opencrm.crm.company;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencrm.crm.platform.history.HistoryRecorder;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.settings.TenantSettingsService;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * The tenant's own company (Профиль компании): its requisite sets and bank accounts, on the same
 * model and checks as a company's. Every user reads it (invoices and documents print it); those who
 * may change the company settings change it.
 */
@RequestScoped
public class CompanyProfileService {

  /** The key of the profile in history. */
  public static final String ENTITY = "profile";

  @Inject TenantDatabase db;
  @Inject AccessControl access;
  @Inject HistoryRecorder history;

  /** The tenant's requisite sets, the main one first. */
  public List<RequisiteSet> requisites() {
    return db.em().createNamedQuery("RequisiteSet.profile", RequisiteSet.class).getResultList();
  }

  public boolean canEdit() {
    return access.can(TenantSettingsService.ENTITY, PermissionAction.EDIT);
  }

  /** Replaces the profile's sets with the drafts; the first is the main one. */
  @Transactional
  public void save(List<RequisiteDraft> drafts) {
    access.require(TenantSettingsService.ENTITY, PermissionAction.EDIT);
    List<FieldError> errors = new ArrayList<>();
    List<RequisiteChecks.CleanRequisites> wanted = RequisiteChecks.check(drafts, errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    List<RequisiteSet> sets = requisites();
    Map<String, String> before = snapshot(sets);
    for (int i = wanted.size(); i < sets.size(); i++) {
      db.em().remove(sets.get(i));
    }
    List<RequisiteSet> kept = new ArrayList<>();
    for (int i = 0; i < wanted.size(); i++) {
      RequisiteSet set;
      if (i < sets.size()) {
        set = sets.get(i);
      } else {
        set = new RequisiteSet(null, i);
        db.em().persist(set);
      }
      set.fill(wanted.get(i));
      kept.add(set);
    }
    db.em().flush();
    history.changed(ENTITY, 1L, before, snapshot(kept));
  }

  private static Map<String, String> snapshot(List<RequisiteSet> sets) {
    Map<String, String> s = new LinkedHashMap<>();
    sets.forEach(r -> r.describeInto(s));
    return s;
  }
}
