package org.opencrm.crm.platform.operator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The operators' audit trail. Entries are written in their own transaction, so a failed action is
 * recorded even though its own work is rolled back.
 */
@ApplicationScoped
public class OperatorAuditLog {

  @PersistenceContext(unitName = "control")
  EntityManager control;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(
      String operatorLogin,
      String action,
      Long tenantId,
      String tenantSlug,
      String details,
      OperatorAuditEntry.Outcome outcome,
      String message,
      String address) {
    control.persist(
        new OperatorAuditEntry(
            operatorLogin, action, tenantId, tenantSlug, details, outcome, message, address));
  }

  /**
   * A tenant's trail, newest first: entries about it, and those naming its slug before it had an id
   * (its creation).
   */
  public List<OperatorAuditEntry> ofTenant(Long tenantId, String slug, int limit) {
    return control
        .createQuery(
            "SELECT e FROM OperatorAuditEntry e WHERE e.tenantId = :id"
                + " OR (e.tenantId IS NULL AND e.tenantSlug = :slug)"
                + " ORDER BY e.occurredAt DESC, e.id DESC",
            OperatorAuditEntry.class)
        .setParameter("id", tenantId)
        .setParameter("slug", slug)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The latest entries of all operators, newest first. */
  public List<OperatorAuditEntry> latest(int limit) {
    return control
        .createQuery(
            "SELECT e FROM OperatorAuditEntry e ORDER BY e.occurredAt DESC, e.id DESC",
            OperatorAuditEntry.class)
        .setMaxResults(limit)
        .getResultList();
  }
}
