package org.opencrm.crm.web.company;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import java.util.List;
import org.opencrm.crm.company.BankAccountDraft;
import org.opencrm.crm.company.RequisiteChecks;
import org.opencrm.crm.company.RequisiteDraft;
import org.opencrm.crm.company.RequisitesLookup;
import org.opencrm.crm.company.requisites.PartyInfo;
import org.opencrm.crm.company.requisites.PartyLookupResult;
import org.opencrm.crm.web.i18n.Texts;

/**
 * What the company editor and the company profile share on their requisite sets: adding and
 * removing bank accounts, filling a set from the registry by its INN with the registry's warnings,
 * and where a field's message goes.
 */
@RequestScoped
public class RequisitesForm {

  @Inject RequisitesLookup lookup;
  @Inject Texts texts;

  public boolean isLookupConfigured() {
    return lookup.isConfigured();
  }

  public void addAccount(List<RequisiteDraft> sets, int set) {
    if (set >= 0 && set < sets.size()) {
      List<BankAccountDraft> accounts = sets.get(set).getAccounts();
      if (accounts.size() < RequisiteChecks.MAX_ACCOUNTS) {
        accounts.add(new BankAccountDraft());
      }
    }
  }

  public void removeAccount(List<RequisiteDraft> sets, int set, int index) {
    if (set >= 0 && set < sets.size()) {
      List<BankAccountDraft> accounts = sets.get(set).getAccounts();
      if (index >= 0 && index < accounts.size()) {
        accounts.remove(index);
      }
    }
  }

  /**
   * Asks the registry for the set's INN (or OGRN when no INN is typed) and fills the set: names,
   * KPP, OGRN, legal address, director. Messages go next to the INN field of the set.
   *
   * @param setClientId the client id of the set's row, such as {@code form:sets:0}
   * @return the filled set, or null when nothing was filled
   */
  public RequisiteDraft lookUp(List<RequisiteDraft> sets, int set, String setClientId) {
    if (set < 0 || set >= sets.size()) {
      return null;
    }
    RequisiteDraft d = sets.get(set);
    String innField = setClientId + ":inn";
    String number = d.getInn().isBlank() ? d.getOgrn() : d.getInn();
    PartyLookupResult result = lookup.find(number, d.getKpp().isBlank() ? null : d.getKpp());
    if (result instanceof PartyLookupResult.Found found) {
      fill(d, found.party());
      if (found.party().active()) {
        texts.message(innField, FacesMessage.SEVERITY_INFO, "requisites.lookup.filled");
      } else {
        texts.message(
            innField,
            FacesMessage.SEVERITY_WARN,
            "requisites.lookup.notActive",
            texts.get("requisites.status." + found.party().status()));
      }
      return d;
    }
    if (result instanceof PartyLookupResult.Invalid invalid) {
      texts.message(innField, FacesMessage.SEVERITY_ERROR, invalid.messageKey());
    } else if (result instanceof PartyLookupResult.Unavailable unavailable) {
      texts.message(innField, FacesMessage.SEVERITY_WARN, unavailable.messageKey());
    } else {
      texts.message(innField, FacesMessage.SEVERITY_WARN, "requisites.lookup.notFound");
    }
    return null;
  }

  private static void fill(RequisiteDraft d, PartyInfo p) {
    d.setInn(text(p.inn(), d.getInn()));
    d.setKpp(p.soleTrader() ? "" : text(p.kpp(), d.getKpp()));
    d.setOgrn(text(p.ogrn(), d.getOgrn()));
    d.setFullName(text(p.fullName(), d.getFullName()));
    d.setShortName(text(p.shortName(), d.getShortName()));
    d.setLegalAddress(text(p.legalAddress(), d.getLegalAddress()));
    if (d.getActualAddress().isBlank()) {
      d.setActualAddress(text(p.legalAddress(), ""));
    }
    d.setDirectorName(text(p.directorName(), d.getDirectorName()));
    d.setDirectorPost(text(p.directorPost(), d.getDirectorPost()));
  }

  private static String text(String fromRegistry, String typed) {
    return fromRegistry == null || fromRegistry.isBlank() ? typed : fromRegistry;
  }

  /**
   * The client id of a set's field or of one of its accounts' fields.
   *
   * @param account the account's index as text, or null for a field of the set itself
   */
  public static String clientId(String setClientId, String account, String field) {
    return account == null
        ? setClientId + ":" + field
        : setClientId + ":accounts:" + account + ":" + field;
  }
}
