package org.opencrm.crm.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** That a contact works for a company: one row of the link both cards show. */
@Entity
@Table(name = "contact_company")
@IdClass(ContactCompanyLink.Key.class)
public class ContactCompanyLink {

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long contactId;
    private Long companyId;

    public Key() {}

    public Key(Long contactId, Long companyId) {
      this.contactId = contactId;
      this.companyId = companyId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(contactId, k.contactId)
          && Objects.equals(companyId, k.companyId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(contactId, companyId);
    }
  }

  @Id
  @Column(name = "contact_id")
  private Long contactId;

  @Id
  @Column(name = "company_id")
  private Long companyId;

  protected ContactCompanyLink() {}

  ContactCompanyLink(Long contactId, Long companyId) {
    this.contactId = contactId;
    this.companyId = companyId;
  }

  public Long getContactId() {
    return contactId;
  }

  public Long getCompanyId() {
    return companyId;
  }
}
