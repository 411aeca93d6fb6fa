package org.opencrm.crm.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A contact's e-mail address, stored in lower case. */
@Entity
@Table(name = "contact_email")
public class ContactEmail {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "contact_id")
  private Contact contact;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EmailKind kind;

  @Column(nullable = false)
  private String address;

  protected ContactEmail() {}

  ContactEmail(Contact contact, int position, EmailKind kind, String address) {
    this.contact = contact;
    this.position = position;
    this.kind = kind;
    this.address = address;
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public EmailKind getKind() {
    return kind;
  }

  public String getAddress() {
    return address;
  }
}
