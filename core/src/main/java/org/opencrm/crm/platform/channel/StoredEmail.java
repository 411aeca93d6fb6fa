package org.opencrm.crm.platform.channel;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** The columns of a stored e-mail address (lower case). Each record's table adds its owner. */
@MappedSuperclass
public abstract class StoredEmail {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EmailKind kind;

  @Column(nullable = false)
  private String address;

  protected StoredEmail() {}

  protected StoredEmail(int position, ChannelChecks.CleanEmail email) {
    this.position = position;
    this.kind = email.kind();
    this.address = email.address();
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
