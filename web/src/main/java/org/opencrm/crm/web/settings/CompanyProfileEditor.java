package org.opencrm.crm.web.settings;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencrm.crm.company.BankAccountDraft;
import org.opencrm.crm.company.CompanyProfileService;
import org.opencrm.crm.company.RequisiteChecks;
import org.opencrm.crm.company.RequisiteDraft;
import org.opencrm.crm.platform.security.AccessDeniedException;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;
import org.opencrm.crm.web.company.RequisitesForm;
import org.opencrm.crm.web.i18n.Texts;
import org.opencrm.crm.web.record.FormLines;

/**
 * The company profile (Профиль компании): the tenant's own requisites and bank accounts, edited on
 * the same form and with the same checks and registry lookup as a company's. Everyone may read it;
 * those who may change settings may change it.
 */
@Named
@ViewScoped
public class CompanyProfileEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern SET_FIELD =
      Pattern.compile("requisites\\[(\\d+)]\\.(?:accounts\\[(\\d+)]\\.)?(\\w+)");

  @Inject CompanyProfileService profile;
  @Inject RequisitesForm requisitesForm;
  @Inject Texts texts;

  private List<RequisiteDraft> sets;
  private boolean canEdit;

  public void load() {
    if (sets != null) {
      return;
    }
    canEdit = profile.canEdit();
    sets = new ArrayList<>(profile.requisites().stream().map(RequisiteDraft::of).toList());
    if (sets.isEmpty() && canEdit) {
      addRequisites();
    }
  }

  public void addRequisites() {
    if (sets.size() < RequisiteChecks.MAX_SETS) {
      RequisiteDraft set = new RequisiteDraft();
      set.getAccounts().add(new BankAccountDraft());
      sets.add(set);
    }
  }

  public void removeRequisites(int index) {
    FormLines.remove(sets, index);
  }

  public void addAccount(int set) {
    requisitesForm.addAccount(sets, set);
  }

  public void removeAccount(int set, int index) {
    requisitesForm.removeAccount(sets, set, index);
  }

  public void lookUp(int set) {
    requisitesForm.lookUp(sets, set, "form:sets:" + set);
  }

  public boolean isLookupConfigured() {
    return requisitesForm.isLookupConfigured();
  }

  public void save() {
    try {
      profile.save(sets);
      texts.message(null, FacesMessage.SEVERITY_INFO, "profile.company.saved");
    } catch (ValidationException e) {
      for (FieldError error : e.errors()) {
        Matcher m = SET_FIELD.matcher(error.field());
        String target =
            m.matches()
                ? RequisitesForm.clientId("form:sets:" + m.group(1), m.group(2), m.group(3))
                : null;
        texts.message(
            target, FacesMessage.SEVERITY_ERROR, error.messageKey(), error.arguments().toArray());
      }
      FacesContext.getCurrentInstance().validationFailed();
    } catch (AccessDeniedException e) {
      texts.message(null, FacesMessage.SEVERITY_ERROR, "company.denied");
    }
  }

  public List<RequisiteDraft> getSets() {
    return sets;
  }

  public boolean isCanEdit() {
    return canEdit;
  }
}
