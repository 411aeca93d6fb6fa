package org.opencrm.crm.platform.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event in a record's history; {@code changes} is a JSON array of field changes. */
@Entity
@Table(name = "history_entry")
@NamedQuery(
    name = "HistoryEntry.forRecord",
    query =
        "SELECT h FROM HistoryEntry h WHERE h.entityType = :type AND h.entityId = :id"
            + " ORDER BY h.occurredAt DESC, h.id DESC")
public class HistoryEntry {

  /** What happened to the record. */
  public enum Action {
    CREATED,
    CHANGED,
    DELETED,
    RESTORED,
    ERASED
  }

  /** Who did it. */
  public enum ActorKind {
    USER,
    SYSTEM,
    /** A user's import: the actor is the user who ran it. */
    IMPORT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "entity_type", nullable = false)
  private String entityType;

  @Column(name = "entity_id", nullable = false)
  private Long entityId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Action action;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_kind", nullable = false)
  private ActorKind actorKind;

  @Column(name = "actor_id")
  private Long actorId;

  @Column(name = "actor_name")
  private String actorName;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Lob
  @Column(name = "changes")
  private String changes;

  protected HistoryEntry() {}

  HistoryEntry(
      String entityType,
      Long entityId,
      Action action,
      ActorKind actorKind,
      Long actorId,
      String actorName,
      String changes) {
    this.entityType = entityType;
    this.entityId = entityId;
    this.action = action;
    this.actorKind = actorKind;
    this.actorId = actorId;
    this.actorName = actorName;
    this.changes = changes;
    this.occurredAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getEntityType() {
    return entityType;
  }

  public Long getEntityId() {
    return entityId;
  }

  public Action getAction() {
    return action;
  }

  public ActorKind getActorKind() {
    return actorKind;
  }

  public Long getActorId() {
    return actorId;
  }

  public String getActorName() {
    return actorName;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getChanges() {
    return changes;
  }
}
