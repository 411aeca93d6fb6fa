package org.opencrm.crm.platform.operator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One operator action: who, when, what, on which tenant, with what result. */
@Entity
@Table(name = "operator_audit")
public class OperatorAuditEntry {

  /** How the action ended. */
  public enum Outcome {
    OK,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "operator_login", nullable = false)
  private String operatorLogin;

  @Column(nullable = false)
  private String action;

  @Column(name = "tenant_id")
  private Long tenantId;

  @Column(name = "tenant_slug")
  private String tenantSlug;

  @Column private String details;

  @Column(nullable = false)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Outcome outcome;

  @Column private String message;

  @Column private String address;

  protected OperatorAuditEntry() {}

  OperatorAuditEntry(
      String operatorLogin,
      String action,
      Long tenantId,
      String tenantSlug,
      String details,
      Outcome outcome,
      String message,
      String address) {
    this.occurredAt = Instant.now();
    this.operatorLogin = operatorLogin;
    this.action = action;
    this.tenantId = tenantId;
    this.tenantSlug = tenantSlug;
    this.details = cut(details, 2000);
    this.outcome = outcome;
    this.message = cut(message, 2000);
    this.address = cut(address, 64);
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getOperatorLogin() {
    return operatorLogin;
  }

  public String getAction() {
    return action;
  }

  public Long getTenantId() {
    return tenantId;
  }

  public String getTenantSlug() {
    return tenantSlug;
  }

  public String getDetails() {
    return details;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getMessage() {
    return message;
  }

  public String getAddress() {
    return address;
  }
}
