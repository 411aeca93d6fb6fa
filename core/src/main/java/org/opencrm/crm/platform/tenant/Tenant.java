package org.opencrm.crm.platform.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A subscribing company, as registered in the control schema. */
@Entity
@Table(name = "tenant")
@NamedQuery(name = "Tenant.findBySlug", query = "SELECT t FROM Tenant t WHERE t.slug = :slug")
@NamedQuery(name = "Tenant.list", query = "SELECT t FROM Tenant t ORDER BY t.slug")
public class Tenant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 63)
  private String slug;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TenantStatus status;

  @Column(name = "status_message")
  private String statusMessage;

  @Column(name = "schema_name", nullable = false)
  private String schemaName;

  @Column(name = "db_server", nullable = false)
  private String dbServer = "default";

  @Column(name = "schema_version")
  private String schemaVersion;

  @Column(name = "last_exported_at")
  private Instant lastExportedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "plan_code", nullable = false)
  private String planCode = "default";

  @Column(name = "provisioning_step")
  private String provisioningStep;

  @Column(name = "suspended_at")
  private Instant suspendedAt;

  @Column(name = "suspension_reason")
  private String suspensionReason;

  @Column(name = "read_only_since")
  private Instant readOnlySince;

  @Column(name = "move_target")
  private String moveTarget;

  @Column(name = "move_step")
  private String moveStep;

  @Column(name = "move_message")
  private String moveMessage;

  @Version private int version;

  protected Tenant() {}

  public Tenant(String slug, String displayName, String schemaName) {
    this.slug = slug;
    this.displayName = displayName;
    this.schemaName = schemaName;
    this.status = TenantStatus.PROVISIONING;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  public TenantRef ref() {
    return new TenantRef(
        id, slug, displayName, schemaName, status, schemaVersion, dbServer, readOnlySince);
  }

  /** Places a new tenant's schema on a database server (before the schema is made). */
  public void placeOn(String server) {
    this.dbServer = server;
    this.updatedAt = Instant.now();
  }

  /**
   * Starts moving the tenant to another database server: from now until {@link #finishMove} or
   * {@link #abortMove} its data is read-only.
   */
  public void startMove(String target) {
    if (readOnlySince != null) {
      throw new IllegalStateException("Tenant " + slug + " is already being moved");
    }
    this.readOnlySince = Instant.now();
    this.moveTarget = target;
    this.moveStep = TenantMoveStep.READ_ONLY.name();
    this.moveMessage = null;
    this.updatedAt = readOnlySince;
  }

  public void reachMoveStep(TenantMoveStep step) {
    this.moveStep = step.name();
    this.updatedAt = Instant.now();
  }

  /** The switch: the tenant lives on the target from now on and may be written again. */
  public void finishMove(String message) {
    this.dbServer = moveTarget;
    this.readOnlySince = null;
    this.moveTarget = null;
    this.moveStep = TenantMoveStep.DONE.name();
    this.moveMessage = message;
    this.updatedAt = Instant.now();
  }

  /** The move failed or was given up: the tenant stays where it was and may be written again. */
  public void abortMove(String message) {
    this.readOnlySince = null;
    this.moveTarget = null;
    this.moveStep = TenantMoveStep.FAILED.name();
    this.moveMessage = message;
    this.updatedAt = Instant.now();
  }

  public void markExported(Instant exportedAt) {
    this.lastExportedAt = exportedAt;
  }

  public void moveTo(TenantStatus newStatus, String message) {
    this.status = newStatus;
    this.statusMessage = message;
    this.updatedAt = Instant.now();
  }

  /** Records the step creation has reached (shown as progress in the console). */
  public void reachStep(ProvisioningStep step) {
    this.provisioningStep = step == null ? null : step.name();
    this.updatedAt = Instant.now();
  }

  /** Suspends an active tenant: its users, tokens and forms are refused, nothing is deleted. */
  public void suspend(String reason) {
    if (status != TenantStatus.ACTIVE) {
      throw new IllegalStateException("Only an active tenant can be suspended, not " + status);
    }
    this.status = TenantStatus.SUSPENDED;
    this.suspendedAt = Instant.now();
    this.suspensionReason = reason;
    this.updatedAt = suspendedAt;
  }

  /** Lets a suspended tenant's users in again. */
  public void resume() {
    if (status != TenantStatus.SUSPENDED) {
      throw new IllegalStateException("Only a suspended tenant can be resumed, not " + status);
    }
    this.status = TenantStatus.ACTIVE;
    this.suspendedAt = null;
    this.suspensionReason = null;
    this.updatedAt = Instant.now();
  }

  public void changePlan(String planCode) {
    this.planCode = planCode;
    this.updatedAt = Instant.now();
  }

  public void markSchemaVersion(String schemaVersion) {
    this.schemaVersion = schemaVersion;
    this.updatedAt = Instant.now();
  }

  public Instant getReadOnlySince() {
    return readOnlySince;
  }

  public String getMoveTarget() {
    return moveTarget;
  }

  public String getMoveStep() {
    return moveStep;
  }

  public String getMoveMessage() {
    return moveMessage;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getDisplayName() {
    return displayName;
  }

  public TenantStatus getStatus() {
    return status;
  }

  public String getStatusMessage() {
    return statusMessage;
  }

  public String getSchemaName() {
    return schemaName;
  }

  public String getDbServer() {
    return dbServer;
  }

  public String getSchemaVersion() {
    return schemaVersion;
  }

  /** When the tenant was last exported to an archive, or {@code null} if never. */
  public Instant getLastExportedAt() {
    return lastExportedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getPlanCode() {
    return planCode;
  }

  /** The step creation reached, or null. */
  public ProvisioningStep getProvisioningStep() {
    return provisioningStep == null ? null : ProvisioningStep.valueOf(provisioningStep);
  }

  public Instant getSuspendedAt() {
    return suspendedAt;
  }

  public String getSuspensionReason() {
    return suspensionReason;
  }
}
