package org.opencrm.crm.contact;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.opencrm.crm.platform.channel.ChannelChecks;
import org.opencrm.crm.platform.security.UserAccount;
import org.opencrm.crm.reference.Classification;

/** A person in the registry. */
@Entity
@Table(name = "contact")
public class Contact {

  /** The entity's key in permissions, history and search. */
  public static final String ENTITY = "contact";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "last_name", nullable = false)
  private String lastName = "";

  @Column(name = "first_name", nullable = false)
  private String firstName = "";

  @Column(name = "middle_name", nullable = false)
  private String middleName = "";

  @ManyToOne(optional = false)
  @JoinColumn(name = "owner_id")
  private UserAccount owner;

  @Column private String notes;

  @Embedded private Classification classification = new Classification();

  @OneToMany(mappedBy = "contact", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @BatchFetch(BatchFetchType.IN)
  private List<ContactPhone> phones = new ArrayList<>();

  @OneToMany(mappedBy = "contact", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @BatchFetch(BatchFetchType.IN)
  private List<ContactEmail> emails = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  @Column(name = "deleted_by")
  private String deletedBy;

  @Version private int version;

  protected Contact() {}

  Contact(UserAccount owner) {
    this.owner = owner;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  void rename(String lastName, String firstName, String middleName) {
    this.lastName = lastName;
    this.firstName = firstName;
    this.middleName = middleName;
  }

  void assignTo(UserAccount owner) {
    this.owner = owner;
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
        || !java.util.Objects.equals(owner.getId(), newOwner.getId())) {
      return false;
    }
    // The number, not how it was typed: "8 (495) 123-45-67" again is no change.
    return ChannelChecks.samePhones(phones, clean.phones())
        && ChannelChecks.sameEmails(emails, clean.emails());
  }

  void touch() {
    this.updatedAt = Instant.now();
  }

  /** Moves the contact to the trash; its phones, e-mails and history stay as they are. */
  void trash(String byWhom) {
    this.deletedAt = Instant.now();
    this.deletedBy = byWhom;
  }

  void restore() {
    this.deletedAt = null;
    this.deletedBy = null;
    touch();
  }

  public Instant getDeletedAt() {
    return deletedAt;
  }

  public String getDeletedBy() {
    return deletedBy;
  }

  /** "Last First Middle", skipping empty parts. */
  public String getDisplayName() {
    return String.join(
            " ",
            List.of(lastName, firstName, middleName).stream().filter(s -> !s.isBlank()).toList())
        .trim();
  }

  /** The fields as history compares them. */
  Map<String, String> snapshot() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("lastName", lastName);
    s.put("firstName", firstName);
    s.put("middleName", middleName);
    s.put(
        "phones", phones.stream().map(ContactPhone::getDisplay).collect(Collectors.joining(", ")));
    s.put(
        "emails", emails.stream().map(ContactEmail::getAddress).collect(Collectors.joining(", ")));
    s.put("owner", owner == null ? null : owner.getFullName());
    getClassification().describeInto(s);
    s.put("notes", notes);
    return s;
  }

  public Long getId() {
    return id;
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

  public UserAccount getOwner() {
    return owner;
  }

  /** Type, status, category and source; never null. */
  public Classification getClassification() {
    return classification == null ? new Classification() : classification;
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

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public int getVersion() {
    return version;
  }

  /** The first e-mail for lists, or empty. */
  public String getMainEmail() {
    return emails.isEmpty() ? "" : emails.get(0).getAddress();
  }
}
