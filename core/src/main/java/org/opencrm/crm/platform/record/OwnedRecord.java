package org.opencrm.crm.platform.record;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import org.opencrm.crm.platform.security.UserAccount;

/**
 * The columns every record has: id, responsible user ({@code owner_id}), created and changed times,
 * the version, and when and by whom it went to the trash.
 */
@MappedSuperclass
public abstract class OwnedRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "owner_id")
  private UserAccount owner;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  @Column(name = "deleted_by")
  private String deletedBy;

  @Version private int version;

  protected OwnedRecord() {}

  protected OwnedRecord(UserAccount owner) {
    this.owner = owner;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  /** The record's fields as history compares them, field name to text, in display order. */
  public abstract Map<String, String> snapshot();

  /** What lists and messages call the record. */
  public abstract String getDisplayName();

  public void assignTo(UserAccount owner) {
    this.owner = owner;
  }

  public void touch() {
    this.updatedAt = Instant.now();
  }

  /** Moves the record to the trash; everything it holds stays as it is. */
  protected void trash(String byWhom) {
    this.deletedAt = Instant.now();
    this.deletedBy = byWhom;
  }

  protected void restore() {
    this.deletedAt = null;
    this.deletedBy = null;
    touch();
  }

  public Long getId() {
    return id;
  }

  public UserAccount getOwner() {
    return owner;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getDeletedAt() {
    return deletedAt;
  }

  public String getDeletedBy() {
    return deletedBy;
  }

  public int getVersion() {
    return version;
  }
}
