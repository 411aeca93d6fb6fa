package org.opencrm.crm.contact;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.opencrm.crm.platform.channel.ChannelChecks;
import org.opencrm.crm.platform.record.OwnedRecord;
import org.opencrm.crm.platform.security.UserAccount;
import org.opencrm.crm.reference.Classification;

/** A person in the registry. */
@Entity
@Table(name = "contact")
public class Contact extends OwnedRecord {

  /** The entity's key in permissions, history and search. */
  public static final String ENTITY = "contact";

  @Column(name = "last_name", nullable = false)
  private String lastName = "";

  @Column(name = "first_name", nullable = false)
  private String firstName = "";

  @Column(name = "middle_name", nullable = false)
  private String middleName = "";

  @Column private String notes;

  @Embedded private Classification classification = new Classification();

  @Column private java.time.LocalDate birthday;

  @Column(name = "job_title")
  private String jobTitle;

  @Column private String address;

  @OneToMany(mappedBy = "contact", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @BatchFetch(BatchFetchType.IN)
  private List<ContactMessenger> messengers = new ArrayList<>();

  @OneToMany(mappedBy = "contact", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @BatchFetch(BatchFetchType.IN)
  private List<ContactPhone> phones = new ArrayList<>();

  @OneToMany(mappedBy = "contact", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @BatchFetch(BatchFetchType.IN)
  private List<ContactEmail> emails = new ArrayList<>();

  protected Contact() {}

  Contact(UserAccount owner) {
    super(owner);
  }

  void rename(String lastName, String firstName, String middleName) {
    this.lastName = lastName;
    this.firstName = firstName;
    this.middleName = middleName;
  }

  void describeDetails(ContactValidator.CleanContact clean) {
    this.birthday = clean.birthday();
    this.jobTitle = clean.jobTitle();
    this.address = clean.address();
    messengers.clear();
    for (ContactValidator.CleanMessenger m : clean.messengers()) {
      messengers.add(new ContactMessenger(this, messengers.size(), m.kind(), m.handle()));
    }
  }

  private static String describeMessengers(List<ContactMessenger> list) {
    return list.stream().map(ContactMessenger::describe).collect(Collectors.joining(", "));
  }

  void classify(Classification classification) {
    this.classification = classification;
  }

  void describe(String notes) {
    this.notes = notes;
  }

  void replacePhones(List<ContactPhone> newPhones) {
    phones.clear();
    phones.addAll(newPhones);
  }

  void replaceEmails(List<ContactEmail> newEmails) {
    emails.clear();
    emails.addAll(newEmails);
  }

  /** True when saving these values and this owner would change nothing that is stored. */
  boolean holds(
      ContactValidator.CleanContact clean, UserAccount newOwner, Classification newClassification) {
    if (!getClassification().sameAs(newClassification)) {
      return false;
    }
    String newNotes = clean.notes().isEmpty() ? null : clean.notes();
    if (!java.util.Objects.equals(lastName, clean.lastName())
        || !java.util.Objects.equals(firstName, clean.firstName())
        || !java.util.Objects.equals(middleName, clean.middleName())
        || !java.util.Objects.equals(notes, newNotes)
        || !java.util.Objects.equals(getOwner().getId(), newOwner.getId())) {
      return false;
    }
    if (!java.util.Objects.equals(birthday, clean.birthday())
        || !java.util.Objects.equals(jobTitle, clean.jobTitle())
        || !java.util.Objects.equals(address, clean.address())
        || !describeMessengers(messengers)
            .equals(
                clean.messengers().stream()
                    .map(m -> new ContactMessenger(null, 0, m.kind(), m.handle()).describe())
                    .collect(Collectors.joining(", ")))) {
      return false;
    }
    // The number, not how it was typed: "8 (495) 123-45-67" again is no change.
    return ChannelChecks.samePhones(phones, clean.phones())
        && ChannelChecks.sameEmails(emails, clean.emails());
  }

  /** "Last First Middle", skipping empty parts. */
  @Override
  public String getDisplayName() {
    return String.join(
            " ",
            List.of(lastName, firstName, middleName).stream().filter(s -> !s.isBlank()).toList())
        .trim();
  }

  /** The fields as history compares them. */
  @Override
  public Map<String, String> snapshot() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("lastName", lastName);
    s.put("firstName", firstName);
    s.put("middleName", middleName);
    s.put(
        "phones", phones.stream().map(ContactPhone::getDisplay).collect(Collectors.joining(", ")));
    s.put(
        "emails", emails.stream().map(ContactEmail::getAddress).collect(Collectors.joining(", ")));
    s.put("owner", getOwner() == null ? null : getOwner().getFullName());
    s.put("jobTitle", jobTitle);
    s.put("birthday", birthday == null ? null : birthday.toString());
    s.put("address", address);
    s.put("messengers", describeMessengers(messengers));
    getClassification().describeInto(s);
    s.put("notes", notes);
    return s;
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

  /** Type, status, category and source; never null. */
  public Classification getClassification() {
    return classification == null ? new Classification() : classification;
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

  public List<ContactMessenger> getMessengers() {
    return messengers;
  }

  public String getNotes() {
    return notes;
  }

  public List<ContactPhone> getPhones() {
    return phones;
  }

  public List<ContactEmail> getEmails() {
    return emails;
  }

  /** The first e-mail for lists, or empty. */
  public String getMainEmail() {
    return emails.isEmpty() ? "" : emails.get(0).getAddress();
  }
}
