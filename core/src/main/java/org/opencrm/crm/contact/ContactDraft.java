package org.opencrm.crm.contact;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.opencrm.crm.platform.channel.EmailLine;
import org.opencrm.crm.platform.channel.PhoneLine;
import org.opencrm.crm.reference.ClassificationChoice;

/**
 * What a user (or the API, or an import) submits to create or change a contact: plain values, not
 * yet checked. {@code version} is the version the editor opened, for conflict detection.
 */
public class ContactDraft implements Serializable {

  /**
   * Custom field values by field id (see CustomValueChecks for the types); null keeps the values
   * the record holds, as a draft made from a record has until its editor loads them.
   */
  private java.util.Map<Long, Object> custom = new java.util.LinkedHashMap<>();

  private String lastName = "";
  private String firstName = "";
  private String middleName = "";
  private String notes = "";
  private Long ownerId;
  private Integer version;
  private ClassificationChoice classification = new ClassificationChoice();
  private java.time.LocalDate birthday;
  private String jobTitle = "";
  private String address = "";
  private List<MessengerLine> messengers = new ArrayList<>();
  private List<PhoneLine> phones = new ArrayList<>();
  private List<EmailLine> emails = new ArrayList<>();

  /** The draft of an existing contact, for its editor. */
  public static ContactDraft of(Contact contact) {
    ContactDraft d = new ContactDraft();
    d.lastName = contact.getLastName();
    d.firstName = contact.getFirstName();
    d.middleName = contact.getMiddleName();
    d.notes = contact.getNotes() == null ? "" : contact.getNotes();
    d.ownerId = contact.getOwner().getId();
    d.version = contact.getVersion();
    d.classification = ClassificationChoice.of(contact.getClassification());
    d.birthday = contact.getBirthday();
    d.jobTitle = contact.getJobTitle() == null ? "" : contact.getJobTitle();
    d.address = contact.getAddress() == null ? "" : contact.getAddress();
    contact
        .getMessengers()
        .forEach(m -> d.messengers.add(new MessengerLine(m.getKind(), m.getHandle())));
    contact.getPhones().forEach(p -> d.phones.add(new PhoneLine(p.getKind(), p.getRawValue())));
    contact.getEmails().forEach(e -> d.emails.add(new EmailLine(e.getKind(), e.getAddress())));
    d.custom = null;
    return d;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getMiddleName() {
    return middleName;
  }

  public void setMiddleName(String middleName) {
    this.middleName = middleName;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(Long ownerId) {
    this.ownerId = ownerId;
  }

  public java.time.LocalDate getBirthday() {
    return birthday;
  }

  public void setBirthday(java.time.LocalDate birthday) {
    this.birthday = birthday;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public void setJobTitle(String jobTitle) {
    this.jobTitle = jobTitle;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public List<MessengerLine> getMessengers() {
    return messengers;
  }

  public void setMessengers(List<MessengerLine> messengers) {
    this.messengers = messengers;
  }

  public ClassificationChoice getClassification() {
    return classification;
  }

  public void setClassification(ClassificationChoice classification) {
    this.classification = classification;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  public List<PhoneLine> getPhones() {
    return phones;
  }

  public void setPhones(List<PhoneLine> phones) {
    this.phones = phones;
  }

  public List<EmailLine> getEmails() {
    return emails;
  }

  public void setEmails(List<EmailLine> emails) {
    this.emails = emails;
  }

  public java.util.Map<Long, Object> getCustom() {
    return custom;
  }

  public void setCustom(java.util.Map<Long, Object> custom) {
    this.custom = custom;
  }
}
