package org.opencrm.crm.platform.channel;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.opencrm.crm.platform.phone.PhoneNumbers;

/**
 * The columns of a stored phone: E.164 for matching, the raw input as the user typed it, and the
 * digits reversed to find a number by its last digits. Each record's phone table adds its owner.
 */
@MappedSuperclass
public abstract class StoredPhone {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

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

  protected StoredPhone() {}

  protected StoredPhone(int position, ChannelChecks.CleanPhone phone) {
    this.position = position;
    this.kind = phone.kind();
    this.rawValue = phone.raw();
    this.e164 = phone.e164();
    this.extension = phone.extension();
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
