package org.opencrm.crm.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A password reset link sent by e-mail; only the hash of its secret is kept. */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "requested_from")
  private String requestedFrom;

  protected PasswordReset() {}

  PasswordReset(Long userId, String tokenHash, Instant now, Instant expiresAt, String address) {
    this.userId = userId;
    this.tokenHash = tokenHash;
    this.requestedAt = now;
    this.expiresAt = expiresAt;
    this.requestedFrom =
        address == null || address.length() <= 64 ? address : address.substring(0, 64);
  }

  boolean usableAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  void use(Instant now) {
    this.usedAt = now;
  }

  public Long getUserId() {
    return userId;
  }
}
