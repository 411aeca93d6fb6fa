package org.opencrm.crm.company;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.opencrm.crm.platform.channel.EmailLine;
import org.opencrm.crm.platform.channel.PhoneLine;
import org.opencrm.crm.reference.ClassificationChoice;

/**
 * What a user (or the API, or an import) submits to create or change a company: plain values, not
 * yet checked. {@code version} is the version the editor opened, for conflict detection.
 */
public class CompanyDraft implements Serializable {

  /**
   * Custom field values by field id (see CustomValueChecks for the types); null keeps the values
   * the record holds, as a draft made from a record has until its editor loads them.
   */
  private java.util.Map<Long, Object> custom = new java.util.LinkedHashMap<>();

  private static final long serialVersionUID = 1L;

  private String name = "";
  private String website = "";
  private String notes = "";
  private Long ownerId;
  private Integer version;
  private ClassificationChoice classification = new ClassificationChoice();
  private Long activityId;
  private List<PhoneLine> phones = new ArrayList<>();
  private List<EmailLine> emails = new ArrayList<>();
  private List<RequisiteDraft> requisites = new ArrayList<>();

  /** The draft of an existing company, for its editor. */
  public static CompanyDraft of(Company company) {
    CompanyDraft d = new CompanyDraft();
    d.name = company.getName();
    d.website = company.getWebsite() == null ? "" : company.getWebsite();
    d.notes = company.getNotes() == null ? "" : company.getNotes();
    d.ownerId = company.getOwner().getId();
    d.version = company.getVersion();
    d.classification = ClassificationChoice.of(company.getClassification());
    d.activityId = company.getActivity() == null ? null : company.getActivity().getId();
    company.getPhones().forEach(p -> d.phones.add(new PhoneLine(p.getKind(), p.getRawValue())));
    company.getEmails().forEach(e -> d.emails.add(new EmailLine(e.getKind(), e.getAddress())));
    company.getRequisiteSets().forEach(r -> d.requisites.add(RequisiteDraft.of(r)));
    d.custom = null;
    return d;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
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

  public ClassificationChoice getClassification() {
    return classification;
  }

  public void setClassification(ClassificationChoice classification) {
    this.classification = classification;
  }

  public Long getActivityId() {
    return activityId;
  }

  public void setActivityId(Long activityId) {
    this.activityId = activityId;
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

  public List<RequisiteDraft> getRequisites() {
    return requisites;
  }

  public void setRequisites(List<RequisiteDraft> requisites) {
    this.requisites = requisites;
  }

  public java.util.Map<Long, Object> getCustom() {
    return custom;
  }

  public void setCustom(java.util.Map<Long, Object> custom) {
    this.custom = custom;
  }
}
