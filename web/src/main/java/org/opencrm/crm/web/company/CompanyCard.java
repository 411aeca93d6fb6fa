package org.opencrm.crm.web.company;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencrm.crm.company.Company;
import org.opencrm.crm.company.CompanyNotFoundException;
import org.opencrm.crm.company.CompanyService;
import org.opencrm.crm.company.RequisiteDraft;
import org.opencrm.crm.contact.Contact;
import org.opencrm.crm.contact.ContactFilter;
import org.opencrm.crm.contact.ContactNotFoundException;
import org.opencrm.crm.contact.ContactRepository;
import org.opencrm.crm.contact.ContactSort;
import org.opencrm.crm.platform.phone.PhoneNumbers;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.AccessDeniedException;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.web.history.HistoryView;
import org.opencrm.crm.web.i18n.Texts;
import org.opencrm.crm.web.list.RecordIds;

/**
 * A company's card: its fields, requisite sets with bank accounts, linked contacts (link and unlink
 * here), and its history. A company the user may not see reads as one that does not exist (404).
 */
@Named
@ViewScoped
public class CompanyCard implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A phone, e-mail or contact line of the card. */
  public record Line(Long id, String label, String value) implements Serializable {
    public Long getId() {
      return id;
    }

    public String getLabel() {
      return label;
    }

    public String getValue() {
      return value;
    }
  }

  @Inject CompanyService companies;
  @Inject ContactRepository contactRepository;
  @Inject HistoryView history;
  @Inject AccessControl access;
  @Inject Texts texts;

  private Long id;
  private boolean found;
  private String name;
  private String website;
  private String owner;
  private String notes;
  private Instant createdAt;
  private Instant updatedAt;
  private boolean canEdit;
  private boolean canDelete;
  private List<Line> phones = List.of();
  private List<Line> emails = List.of();
  private List<RequisiteDraft> requisites = List.of();
  private List<Line> contacts = List.of();
  private List<HistoryView.Event> events = List.of();
  private org.opencrm.crm.reference.Classification classification;
  private String activity;
  private Line contactToLink;
  private final Map<String, Line> suggested = new HashMap<>();

  public void load() {
    if (id == null) {
      notFound();
      return;
    }
    try {
      Company c = companies.open(id);
      found = true;
      name = c.getName();
      website = c.getWebsite();
      owner = c.getOwner().getFullName();
      classification = c.getClassification();
      activity = c.getActivity() == null ? null : c.getActivity().getName();
      notes = c.getNotes();
      createdAt = c.getCreatedAt();
      updatedAt = c.getUpdatedAt();
      canEdit = access.allows(Company.ENTITY, PermissionAction.EDIT, c.getOwner());
      canDelete = access.allows(Company.ENTITY, PermissionAction.DELETE, c.getOwner());
      phones =
          c.getPhones().stream()
              .map(
                  p ->
                      new Line(
                          p.getId(),
                          texts.get("phoneKind." + p.getKind()),
                          PhoneNumbers.display(p.getE164(), p.getExtension(), texts.locale())))
              .toList();
      emails =
          c.getEmails().stream()
              .map(e -> new Line(e.getId(), texts.get("emailKind." + e.getKind()), e.getAddress()))
              .toList();
      requisites = c.getRequisiteSets().stream().map(RequisiteDraft::of).toList();
      refreshLinks();
    } catch (CompanyNotFoundException e) {
      notFound();
    }
  }

  private void refreshLinks() {
    contacts =
        companies.contactsOf(id).stream()
            .map(k -> new Line(k.getId(), k.getDisplayName(), k.getMainEmail()))
            .toList();
    events = history.of(Company.ENTITY, id);
  }

  private void notFound() {
    found = false;
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
  }

  /** Contacts whose name starts with the typed text, for the "link a contact" box. */
  public List<Line> findContacts(String typed) {
    suggested.clear();
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    List<Contact> found =
        contactRepository
            .page(
                ContactFilter.quick(typed),
                ContactSort.NAME_ASC,
                null,
                0,
                10,
                PermissionAction.VIEW)
            .rows();
    java.util.Set<Long> linked =
        contacts.stream().map(Line::id).collect(java.util.stream.Collectors.toSet());
    List<Line> lines =
        found.stream()
            .filter(k -> !linked.contains(k.getId()))
            .map(k -> new Line(k.getId(), k.getDisplayName(), detail(k)))
            .toList();
    lines.forEach(l -> suggested.put(String.valueOf(l.id()), l));
    return lines;
  }

  /** What tells two contacts of the same name apart: a phone, else an e-mail. */
  private static String detail(Contact k) {
    return k.getPhones().isEmpty() ? k.getMainEmail() : k.getPhones().get(0).getDisplay();
  }

  /** Turns a suggestion into its id for the form and back. */
  public Converter<Line> getContactConverter() {
    return new LineConverter(suggested);
  }

  /** The converter of the link box: suggestions by id, kept in the view. */
  private record LineConverter(Map<String, Line> suggested)
      implements Converter<Line>, Serializable {
    @Override
    public Line getAsObject(FacesContext context, UIComponent component, String value) {
      return value == null ? null : suggested.get(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Line value) {
      return value == null ? "" : String.valueOf(value.id());
    }
  }

  public void linkContact() {
    if (contactToLink == null) {
      texts.message("links:contact", FacesMessage.SEVERITY_ERROR, "company.link.choose");
      return;
    }
    if (contacts.stream().anyMatch(l -> l.id().equals(contactToLink.id()))) {
      texts.message(
          null, FacesMessage.SEVERITY_INFO, "company.link.already", contactToLink.label());
      contactToLink = null;
      return;
    }
    try {
      companies.link(id, contactToLink.id());
      texts.message(null, FacesMessage.SEVERITY_INFO, "company.link.done", contactToLink.label());
      contactToLink = null;
      refreshLinks();
    } catch (CompanyNotFoundException | ContactNotFoundException e) {
      texts.message(null, FacesMessage.SEVERITY_ERROR, "company.link.gone");
    } catch (AccessDeniedException e) {
      texts.message(null, FacesMessage.SEVERITY_ERROR, "company.denied");
    }
  }

  public void unlinkContact(Long contactId) {
    try {
      companies.unlink(id, contactId);
      refreshLinks();
    } catch (CompanyNotFoundException e) {
      texts.message(null, FacesMessage.SEVERITY_ERROR, "company.notFound");
    }
  }

  public void delete() throws IOException {
    try {
      companies.delete(id);
      texts.flash("company.deleted");
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/app/companies.xhtml");
    } catch (CompanyNotFoundException e) {
      texts.message(null, FacesMessage.SEVERITY_ERROR, "company.notFound");
    } catch (AccessDeniedException e) {
      texts.message(null, FacesMessage.SEVERITY_ERROR, "company.denied");
    }
  }

  public String getDeleteQuestion() {
    return texts.get("company.delete.confirm", name);
  }

  /** A website address as a link target: with a scheme. */
  public String getWebsiteHref() {
    if (website == null) {
      return null;
    }
    return website.startsWith("http://") || website.startsWith("https://")
        ? website
        : "https://" + website;
  }

  public Long getId() {
    return id;
  }

  public String getIdParam() {
    return id == null ? null : id.toString();
  }

  public void setIdParam(String value) {
    this.id = RecordIds.parse(value);
  }

  public boolean isFound() {
    return found;
  }

  public String getName() {
    return name;
  }

  public String getWebsite() {
    return website;
  }

  public String getOwner() {
    return owner;
  }

  public String getNotes() {
    return notes;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public boolean isCanEdit() {
    return canEdit;
  }

  public boolean isCanDelete() {
    return canDelete;
  }

  public List<Line> getPhones() {
    return phones;
  }

  public List<Line> getEmails() {
    return emails;
  }

  public List<RequisiteDraft> getRequisites() {
    return requisites;
  }

  public org.opencrm.crm.reference.Classification getClassification() {
    return classification;
  }

  public String getActivity() {
    return activity;
  }

  public List<Line> getContacts() {
    return contacts;
  }

  public List<HistoryView.Event> getEvents() {
    return events;
  }

  public Line getContactToLink() {
    return contactToLink;
  }

  public void setContactToLink(Line contactToLink) {
    this.contactToLink = contactToLink;
  }
}
