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
import org.opencrm.crm.platform.phone.PhoneNumbers;

/** A contact's phone: E.164 for matching, the raw input as the user typed it. */
@Entity
@Table(name = "contact_phone")
public class ContactPhone {

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
  private PhoneKind kind;

  @Column(name = "raw_value", nullable = false)
  private String rawValue;

  @Column(nullable = false)
  private String e164;

  @Column private String extension;

  @Column(name = "digits_reversed", nullable = false)
  private String digitsReversed;

  protected ContactPhone() {}

  ContactPhone(
      Contact contact, int position, PhoneKind kind, String raw, String e164, String extension) {
    this.contact = contact;
    this.position = position;
    this.kind = kind;
    this.rawValue = raw;
    this.e164 = e164;
    this.extension = extension;
    this.digitsReversed = PhoneNumbers.reversedDigits(e164);
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public PhoneKind getKind() {
    return kind;
  }

  public String getRawValue() {
    return rawValue;
  }

  public String getE164() {
    return e164;
  }

  public String getExtension() {
    return extension;
  }

  /** International form for display, with the extension. */
  public String getDisplay() {
    return PhoneNumbers.display(e164, extension);
  }
}
