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

/** A contact's account in a messenger: the kind and the handle, number or link as given. */
@Entity
@Table(name = "contact_messenger")
public class ContactMessenger {

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
  private MessengerKind kind;

  @Column(nullable = false)
  private String handle;

  protected ContactMessenger() {}

  ContactMessenger(Contact contact, int position, MessengerKind kind, String handle) {
    this.contact = contact;
    this.position = position;
    this.kind = kind;
    this.handle = handle;
  }

  public MessengerKind getKind() {
    return kind;
  }

  public String getHandle() {
    return handle;
  }

  /** "Telegram: @name", as history and exports show it. */
  public String describe() {
    return kind.name().charAt(0) + kind.name().substring(1).toLowerCase() + ": " + handle;
  }
}
