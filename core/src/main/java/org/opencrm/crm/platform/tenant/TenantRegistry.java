package org.opencrm.crm.platform.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.opencrm.crm.platform.persistence.DatabaseNames;

/**
 * Reads and updates the tenant registry in the control schema. Nothing here is cached: a tenant
 * suspended by an operator is refused by the very next request, in both applications.
 */
@ApplicationScoped
public class TenantRegistry {

  @PersistenceContext(unitName = "control")
  EntityManager control;

  public Optional<TenantRef> findBySlug(String slug) {
    if (slug == null || !TenantSlug.looksValid(slug)) {
      return Optional.empty();
    }
    return control
        .createNamedQuery("Tenant.findBySlug", Tenant.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .map(Tenant::ref);
  }

  public Optional<TenantRef> findById(Long id) {
    return Optional.ofNullable(control.find(Tenant.class, id)).map(Tenant::ref);
  }

  public List<Tenant> list() {
    return control.createNamedQuery("Tenant.list", Tenant.class).getResultList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Tenant register(String slug, String displayName) {
    Tenant existing =
        control
            .createNamedQuery("Tenant.findBySlug", Tenant.class)
            .setParameter("slug", slug)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (existing != null) {
      return existing;
    }
    Tenant tenant =
        new Tenant(
            slug,
            displayName,
            org.opencrm.crm.platform.persistence.DatabaseNames.tenantSchema(slug));
    control.persist(tenant);
    control.flush();
    return tenant;
  }

  /**
   * Registers a tenant that must not exist yet (an import): unlike {@link #register}, an existing
   * slug is never returned, the unique key refuses it and the transaction rolls back.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Tenant registerNew(String slug, String displayName) {
    Tenant tenant = new Tenant(slug, displayName, DatabaseNames.tenantSchema(slug));
    control.persist(tenant);
    control.flush();
    return tenant;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void placeOn(Long id, String server) {
    control.find(Tenant.class, id).placeOn(server);
  }

  /** See {@link Tenant#startMove}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public TenantRef startMove(Long id, String target) {
    Tenant tenant = control.find(Tenant.class, id);
    tenant.startMove(target);
    return tenant.ref();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void reachMoveStep(Long id, TenantMoveStep step) {
    control.find(Tenant.class, id).reachMoveStep(step);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void finishMove(Long id, String message) {
    control.find(Tenant.class, id).finishMove(truncate(message, 2000));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void abortMove(Long id, String message) {
    control.find(Tenant.class, id).abortMove(message == null ? null : truncate(message, 2000));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void markExported(Long id, Instant exportedAt) {
    control.find(Tenant.class, id).markExported(exportedAt);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void changeStatus(Long id, TenantStatus status, String message) {
    Tenant tenant = control.find(Tenant.class, id);
    tenant.moveTo(status, message == null ? null : truncate(message, 2000));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void markSchemaVersion(Long id, String version) {
    control.find(Tenant.class, id).markSchemaVersion(version);
  }

  /** The registry row itself (the console's detail page). */
  public Optional<Tenant> find(Long id) {
    return id == null ? Optional.empty() : Optional.ofNullable(control.find(Tenant.class, id));
  }

  /**
   * Tenants whose slug or name contains the text (any case), optionally of one status, by slug; at
   * most {@code limit}.
   */
  public List<Tenant> search(String text, TenantStatus status, int limit) {
    String like =
        "%"
            + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT))
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_")
            + "%";
    var query =
        control
            .createQuery(
                "SELECT t FROM Tenant t WHERE (LOWER(t.slug) LIKE :text OR LOWER(t.displayName)"
                    + " LIKE :text)"
                    + (status == null ? "" : " AND t.status = :status")
                    + " ORDER BY t.slug",
                Tenant.class)
            .setParameter("text", like)
            .setMaxResults(limit);
    if (status != null) {
      query.setParameter("status", status);
    }
    return query.getResultList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void reachStep(Long id, ProvisioningStep step) {
    control.find(Tenant.class, id).reachStep(step);
  }

  /** Suspends an active tenant; see {@link Tenant#suspend}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void suspend(Long id, String reason) {
    control
        .find(Tenant.class, id)
        .suspend(reason == null || reason.isBlank() ? null : truncate(reason.strip(), 500));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void resume(Long id) {
    control.find(Tenant.class, id).resume();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void changePlan(Long id, String planCode) {
    control.find(Tenant.class, id).changePlan(planCode);
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
