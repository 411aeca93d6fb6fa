package org.opencrm.crm.web.company;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencrm.crm.company.BankAccountDraft;
import org.opencrm.crm.company.Company;
import org.opencrm.crm.company.CompanyDraft;
import org.opencrm.crm.company.CompanyRepository;
import org.opencrm.crm.company.CompanyService;
import org.opencrm.crm.company.RequisiteChecks;
import org.opencrm.crm.company.RequisiteDraft;
import org.opencrm.crm.platform.channel.ChannelChecks;
import org.opencrm.crm.platform.channel.EmailLine;
import org.opencrm.crm.platform.channel.PhoneLine;
import org.opencrm.crm.platform.security.CurrentActor;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.web.i18n.Texts;
import org.opencrm.crm.web.list.RecordIds;
import org.opencrm.crm.web.record.FormLines;

/**
 * Creates and edits a company with its phones, e-mails, requisite sets and bank accounts. Typing an
 * INN and pressing "Fill in" asks the registry for the rest ({@link RequisitesForm}). Problems come
 * back keyed by field and are shown next to their fields; nothing is saved until all is right.
 */
@Named
@ViewScoped
public class CompanyEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern SET_FIELD =
      Pattern.compile("requisites\\[(\\d+)]\\.(?:accounts\\[(\\d+)]\\.)?(\\w+)");

  @Inject CompanyService companies;
  @Inject CompanyRepository repository;
  @Inject CurrentActor actor;
  @Inject RequisitesForm requisitesForm;
  @Inject Texts texts;
  @Inject org.opencrm.crm.web.record.RecordForms forms;
  @Inject org.opencrm.crm.web.customfield.CustomFieldsUi customFields;
  @Inject org.opencrm.crm.company.CompanyLookalikes lookalikeFinder;

  private Long id;
  private boolean badId;
  private boolean found = true;
  private String title;
  private java.util.List<org.opencrm.crm.platform.record.Lookalike> lookalikes =
      java.util.List.of();
  private boolean lookalikesSeen;
  private CompanyDraft draft;

  public void load() {
    if (draft != null) {
      return;
    }
    if (badId) {
      notFound();
      return;
    }
    if (id == null) {
      draft = new CompanyDraft();
      draft.setOwnerId(actor.requireUser().userId());
      title = texts.get("company.new");
    } else {
      Company company = repository.find(id, PermissionAction.EDIT).orElse(null);
      if (company == null) {
        notFound();
        return;
      }
      draft = CompanyDraft.of(company);
      draft.setCustom(customFields.forForm(Company.ENTITY, id));
      title = company.getName();
    }
    if (draft.getPhones().isEmpty()) {
      draft.getPhones().add(new PhoneLine(org.opencrm.crm.platform.channel.PhoneKind.WORK, ""));
    }
    if (draft.getEmails().isEmpty()) {
      draft.getEmails().add(new EmailLine());
    }
    if (draft.getRequisites().isEmpty()) {
      addRequisites();
    }
  }

  private void notFound() {
    found = false;
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
  }

  public void addPhone() {
    FormLines.add(
        draft.getPhones(),
        () -> new PhoneLine(org.opencrm.crm.platform.channel.PhoneKind.WORK, ""),
        ChannelChecks.MAX_LINES);
  }

  public void removePhone(int index) {
    FormLines.remove(draft.getPhones(), index);
  }

  public void addEmail() {
    FormLines.add(draft.getEmails(), () -> new EmailLine(), ChannelChecks.MAX_LINES);
  }

  public void removeEmail(int index) {
    FormLines.remove(draft.getEmails(), index);
  }

  public void addRequisites() {
    if (draft.getRequisites().size() < RequisiteChecks.MAX_SETS) {
      RequisiteDraft set = new RequisiteDraft();
      set.getAccounts().add(new BankAccountDraft());
      draft.getRequisites().add(set);
    }
  }

  public void removeRequisites(int index) {
    FormLines.remove(draft.getRequisites(), index);
  }

  public void addAccount(int set) {
    requisitesForm.addAccount(draft.getRequisites(), set);
  }

  public void removeAccount(int set, int index) {
    requisitesForm.removeAccount(draft.getRequisites(), set, index);
  }

  /** Fills a set from the registry by its INN (or OGRN); an empty company name takes its name. */
  public void lookUp(int set) {
    RequisiteDraft filled = requisitesForm.lookUp(draft.getRequisites(), set, "form:sets:" + set);
    if (filled != null && (draft.getName() == null || draft.getName().isBlank())) {
      draft.setName(filled.getShortName().isBlank() ? filled.getFullName() : filled.getShortName());
    }
  }

  public boolean isLookupConfigured() {
    return requisitesForm.isLookupConfigured();
  }

  /** Saves; a created company's id is kept at once, so a second click changes it, not a copy. */
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
    Company saved =
        forms.save(
            Company.ENTITY,
            () -> id == null ? companies.create(draft) : companies.update(id, draft),
            field ->
                field.startsWith("custom.")
                    ? customFields.clientId("form", Company.ENTITY, field)
                    : clientId(field));
    if (saved == null) {
      return;
    }
    boolean created = id == null;
    id = saved.getId();
    draft.setVersion(saved.getVersion());
    texts.flash(created ? "company.created" : "company.saved");
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/app/company.xhtml?id=" + id);
  }

  /** The client id of the input a field error belongs to; null puts it at the top. */
  static String clientId(String field) {
    if (field.startsWith("phones[")) {
      return "form:phones:" + field.substring(7, field.indexOf(']')) + ":number";
    }
    if (field.startsWith("emails[")) {
      return "form:emails:" + field.substring(7, field.indexOf(']')) + ":address";
    }
    Matcher m = SET_FIELD.matcher(field);
    if (m.matches()) {
      return RequisitesForm.clientId("form:sets:" + m.group(1), m.group(2), m.group(3));
    }
    return switch (field) {
      case "name", "website", "notes" -> "form:" + field;
      case "ownerId" -> "form:owner";
      case "typeId" -> "form:type";
      case "statusId" -> "form:status";
      case "categoryId" -> "form:category";
      case "sourceId" -> "form:source";
      case "activityId" -> "form:activity";
      default -> null;
    };
  }

  public Map<String, Long> getOwners() {
    Map<String, Long> owners = new LinkedHashMap<>();
    companies.assignableOwners().forEach(u -> owners.put(u.getFullName(), u.getId()));
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

  public CompanyDraft getDraft() {
    return draft;
  }
}
