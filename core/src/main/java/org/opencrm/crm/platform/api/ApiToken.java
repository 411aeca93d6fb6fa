package org.opencrm.crm.platform.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.opencrm.crm.platform.security.UserAccount;

/** An API token of the tenant; only its hash is stored. */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.byPrefix", query = "SELECT t FROM ApiToken t WHERE t.prefix = :prefix")
@NamedQuery(
    name = "ApiToken.list",
    query = "SELECT t FROM ApiToken t ORDER BY t.revokedAt, t.createdAt DESC, t.id DESC")
public class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false, unique = true)
  private String prefix;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @ManyToOne(optional = false)
  @JoinColumn(name = "owner_id")
  private UserAccount owner;

  @Column(name = "read_only", nullable = false)
  private boolean readOnly;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  ApiToken(String name, String prefix, String tokenHash, UserAccount owner, boolean readOnly) {
    this.name = name;
    this.prefix = prefix;
    this.tokenHash = tokenHash;
    this.owner = owner;
    this.readOnly = readOnly;
    this.createdAt = Instant.now();
  }

  void revoke() {
    if (revokedAt == null) {
      revokedAt = Instant.now();
    }
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getPrefix() {
    return prefix;
  }

  String getTokenHash() {
    return tokenHash;
  }

  public UserAccount getOwner() {
    return owner;
  }

  public boolean isReadOnly() {
    return readOnly;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public boolean isActive() {
    return revokedAt == null;
  }
}
