package org.opencrm.crm.web.contact;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.opencrm.crm.contact.Contact;
import org.opencrm.crm.contact.ContactNotFoundException;
import org.opencrm.crm.contact.ContactPersonalData;
import org.opencrm.crm.contact.ContactService;
import org.opencrm.crm.platform.phone.PhoneNumbers;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.AccessDeniedException;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.web.history.HistoryView;
import org.opencrm.crm.web.i18n.Texts;
import org.opencrm.crm.web.list.RecordIds;

/**
 * A contact's card: its fields, phones and e-mails, and its history. Opening the card of a contact
 * the user may not see looks exactly like opening one that does not exist (404).
 */
@Named
@ViewScoped
public class ContactCard implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One line of the card's phone or e-mail list. */
  public record Line(String kind, String value) implements Serializable {
    public String getKind() {
      return kind;
    }

    public String getValue() {
      return value;
    }
  }

  /** A company the contact works for, as the card links to it. */
  public record CompanyLink(Long id, String name, String inn) implements Serializable {
    public Long getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public String getInn() {
      return inn;
    }
  }

  @Inject ContactService contacts;
  @Inject ContactPersonalData personalData;
  @Inject HistoryView history;
  @Inject org.opencrm.crm.company.CompanyRepository companyRepository;
  @Inject AccessControl access;
  @Inject Texts texts;

  private Long id;
  private boolean found;
  private String displayName;
  private String lastName;
  private String firstName;
  private String middleName;
  private String owner;
  private String notes;
  private Instant createdAt;
  private Instant updatedAt;
  private boolean canEdit;
  private boolean canDelete;
  private List<Line> phones = List.of();
  private List<Line> emails = List.of();
  private List<HistoryView.Event> events = List.of();
  private org.opencrm.crm.reference.Classification classification;
  private java.time.LocalDate birthday;
  private String jobTitle;
  private String address;
  private List<Line> messengers = List.of();
  private List<CompanyLink> companies = List.of();

  public void load() {
    if (id == null) {
      found = false;
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
      return;
    }
    try {
      Contact c = contacts.open(id);
      found = true;
      displayName = c.getDisplayName();
      lastName = c.getLastName();
      firstName = c.getFirstName();
      middleName = c.getMiddleName();
      owner = c.getOwner().getFullName();
      classification = c.getClassification();
      birthday = c.getBirthday();
      jobTitle = c.getJobTitle();
      address = c.getAddress();
      messengers =
          c.getMessengers().stream()
              .map(m -> new Line(texts.get("messengerKind." + m.getKind()), m.getHandle()))
              .toList();
      notes = c.getNotes();
      createdAt = c.getCreatedAt();
      updatedAt = c.getUpdatedAt();
      canEdit = access.allows(Contact.ENTITY, PermissionAction.EDIT, c.getOwner());
      canDelete = access.allows(Contact.ENTITY, PermissionAction.DELETE, c.getOwner());
      phones =
          c.getPhones().stream()
              .map(
                  p ->
                      new Line(
                          texts.get("phoneKind." + p.getKind()),
                          PhoneNumbers.display(p.getE164(), p.getExtension(), texts.locale())))
              .toList();
      emails =
          c.getEmails().stream()
              .map(e -> new Line(texts.get("emailKind." + e.getKind()), e.getAddress()))
              .toList();
      events = history.of(Contact.ENTITY, id);
      companies =
          companyRepository.ofContact(id).stream()
              .map(co -> new CompanyLink(co.getId(), co.getName(), co.getInn()))
              .toList();
    } catch (ContactNotFoundException e) {
      found = false;
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  public void delete() throws IOException {
    try {
      contacts.delete(id);
      texts.flash("contact.deleted");
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/app/contacts.xhtml");
    } catch (ContactNotFoundException e) {
      texts.message(null, FacesMessage.SEVERITY_ERROR, "contact.notFound");
    } catch (AccessDeniedException e) {
      texts.message(null, FacesMessage.SEVERITY_ERROR, "contact.denied");
    }
  }

  /** Erases the contact's personal data for good (on the person's request). */
  public void erase() throws IOException {
    try {
      personalData.erase(id);
      texts.flash("contact.erased");
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/app/contacts.xhtml");
    } catch (ContactNotFoundException e) {
      texts.message(null, FacesMessage.SEVERITY_ERROR, "contact.notFound");
    }
  }

  public Long getId() {
    return id;
  }

  /** The id as the address gives it; anything but a number finds nothing. */
  public String getIdParam() {
    return id == null ? null : id.toString();
  }

  public void setIdParam(String value) {
    this.id = RecordIds.parse(value);
  }

  public boolean isFound() {
    return found;
  }

  /** The question the delete confirmation asks, with the contact's name. */
  public String getDeleteQuestion() {
    return texts.get("contact.delete.confirm", displayName);
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getMiddleName() {
    return middleName;
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

  public java.time.LocalDate getBirthday() {
    return birthday;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public String getAddress() {
    return address;
  }

  public List<Line> getMessengers() {
    return messengers;
  }

  public org.opencrm.crm.reference.Classification getClassification() {
    return classification;
  }

  public List<CompanyLink> getCompanies() {
    return companies;
  }

  public List<HistoryView.Event> getEvents() {
    return events;
  }
}
