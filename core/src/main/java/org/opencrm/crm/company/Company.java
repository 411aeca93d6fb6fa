package org.opencrm.crm.company;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.opencrm.crm.platform.channel.ChannelChecks;
import org.opencrm.crm.platform.record.OwnedRecord;
import org.opencrm.crm.platform.security.UserAccount;
import org.opencrm.crm.reference.Classification;
import org.opencrm.crm.reference.ReferenceItem;

/** A company in the registry: a client, partner or supplier, with its requisite sets. */
@Entity
@Table(name = "company")
public class Company extends OwnedRecord {

  /** The entity's key in permissions, history and search. */
  public static final String ENTITY = "company";

  @Column(nullable = false)
  private String name;

  @Column(name = "search_name", nullable = false)
  private String searchName;

  @Column private String website;

  @Column private String notes;

  @Embedded private Classification classification = new Classification();

  @ManyToOne
  @JoinColumn(name = "activity_id")
  private ReferenceItem activity;

  @OneToMany(mappedBy = "company", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @BatchFetch(BatchFetchType.IN)
  private List<CompanyPhone> phones = new ArrayList<>();

  @OneToMany(mappedBy = "company", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @BatchFetch(BatchFetchType.IN)
  private List<CompanyEmail> emails = new ArrayList<>();

  @OneToMany(mappedBy = "company", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @BatchFetch(BatchFetchType.IN)
  private List<RequisiteSet> requisiteSets = new ArrayList<>();

  protected Company() {}

  Company(UserAccount owner) {
    super(owner);
  }

  void apply(CompanyValidator.CleanCompany clean) {
    this.name = clean.name();
    this.searchName = CompanyNames.searchKey(clean.name());
    this.website = clean.website();
    this.notes = clean.notes();
    phones.clear();
    for (ChannelChecks.CleanPhone p : clean.phones()) {
      phones.add(new CompanyPhone(this, phones.size(), p));
    }
    emails.clear();
    for (ChannelChecks.CleanEmail e : clean.emails()) {
      emails.add(new CompanyEmail(this, emails.size(), e));
    }
    // Sets are kept by position, so an edited set keeps its row (and its id) instead of being
    // deleted and inserted again.
    List<RequisiteChecks.CleanRequisites> wanted = clean.requisites();
    while (requisiteSets.size() > wanted.size()) {
      requisiteSets.remove(requisiteSets.size() - 1);
    }
    for (int i = 0; i < wanted.size(); i++) {
      if (i == requisiteSets.size()) {
        requisiteSets.add(new RequisiteSet(this, i));
      }
      requisiteSets.get(i).fill(wanted.get(i));
    }
  }

  void classify(Classification classification, ReferenceItem activity) {
    this.classification = classification;
    this.activity = activity;
  }

  /** True when saving these values and this owner would change nothing that is stored. */
  boolean holds(
      CompanyValidator.CleanCompany clean,
      UserAccount newOwner,
      Classification newClassification,
      ReferenceItem newActivity) {
    Map<String, String> now = snapshot();
    Company probe = new Company(newOwner);
    probe.apply(clean);
    probe.classify(newClassification, newActivity);
    return now.equals(probe.snapshot())
        && ChannelChecks.samePhones(phones, clean.phones())
        && ChannelChecks.sameEmails(emails, clean.emails());
  }

  /** The fields as history compares them. */
  @Override
  public Map<String, String> snapshot() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("name", name);
    s.put(
        "phones", phones.stream().map(CompanyPhone::getDisplay).collect(Collectors.joining(", ")));
    s.put(
        "emails", emails.stream().map(CompanyEmail::getAddress).collect(Collectors.joining(", ")));
    s.put("website", website);
    s.put("owner", getOwner() == null ? null : getOwner().getFullName());
    getClassification().describeInto(s);
    s.put("activity", activity == null ? null : activity.getName());
    s.put("notes", notes);
    requisiteSets.forEach(r -> r.describeInto(s));
    return s;
  }

  /** The first requisite set, which lists and documents show; null when there is none. */
  public RequisiteSet getMainRequisites() {
    return requisiteSets.isEmpty() ? null : requisiteSets.get(0);
  }

  /** The main INN, or empty. */
  public String getInn() {
    RequisiteSet main = getMainRequisites();
    return main == null || main.getInn() == null ? "" : main.getInn();
  }

  public String getMainPhone() {
    return phones.isEmpty() ? "" : phones.get(0).getDisplay();
  }

  public String getMainEmail() {
    return emails.isEmpty() ? "" : emails.get(0).getAddress();
  }

  @Override
  public String getDisplayName() {
    return name;
  }

  public String getName() {
    return name;
  }

  public String getWebsite() {
    return website;
  }

  /** Type, status, category and source; never null. */
  public Classification getClassification() {
    return classification == null ? new Classification() : classification;
  }

  /** The activity profile, or null. */
  public ReferenceItem getActivity() {
    return activity;
  }

  public String getNotes() {
    return notes;
  }

  public List<CompanyPhone> getPhones() {
    return phones;
  }

  public List<CompanyEmail> getEmails() {
    return emails;
  }

  public List<RequisiteSet> getRequisiteSets() {
    return requisiteSets;
  }

  @Override
  public String toString() {
    return "Company " + getId() + " " + Objects.toString(name);
  }
}
