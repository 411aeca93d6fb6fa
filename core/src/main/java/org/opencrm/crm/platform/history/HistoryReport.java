package org.opencrm.crm.platform.history;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.settings.TenantSettingsService;

/**
 * The history report (История): every change of the tenant's records, newest first, filtered by
 * user, entity, action and period. It shows values of every record, so it is for those who may
 * change the company settings.
 */
@RequestScoped
public class HistoryReport {

  /** The report's filters, all optional; the period's ends are included. */
  public record Query(
      Long actorId, String entityType, HistoryEntry.Action action, Instant from, Instant to)
      implements Serializable {}

  @Inject TenantDatabase db;
  @Inject AccessControl access;

  public boolean allowed() {
    return access.can(TenantSettingsService.ENTITY, PermissionAction.EDIT);
  }

  /** Up to {@code limit} entries older than {@code beforeId} (or the newest when null). */
  public List<HistoryEntry> page(Query query, Long beforeId, int offset, int limit) {
    access.require(TenantSettingsService.ENTITY, PermissionAction.EDIT);
    CriteriaBuilder cb = db.em().getCriteriaBuilder();
    CriteriaQuery<HistoryEntry> q = cb.createQuery(HistoryEntry.class);
    Root<HistoryEntry> h = q.from(HistoryEntry.class);
    List<Predicate> where = conditions(cb, h, query);
    if (beforeId != null) {
      where.add(cb.lessThan(h.get("id"), beforeId));
    }
    q.where(where.toArray(Predicate[]::new));
    q.orderBy(cb.desc(h.get("id")));
    var typed = db.em().createQuery(q).setMaxResults(limit);
    if (beforeId == null && offset > 0) {
      typed.setFirstResult(Math.min(offset, 10_000));
    }
    return typed.getResultList();
  }

  /** How many entries match, counting no further than {@code cap} + 1. */
  public int countCapped(Query query, int cap) {
    access.require(TenantSettingsService.ENTITY, PermissionAction.EDIT);
    CriteriaBuilder cb = db.em().getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<HistoryEntry> h = q.from(HistoryEntry.class);
    q.select(h.get("id")).where(conditions(cb, h, query).toArray(Predicate[]::new));
    return db.em().createQuery(q).setMaxResults(cap + 1).getResultList().size();
  }

  private static List<Predicate> conditions(CriteriaBuilder cb, Root<HistoryEntry> h, Query query) {
    List<Predicate> where = new ArrayList<>();
    if (query == null) {
      return where;
    }
    if (query.actorId() != null) {
      where.add(cb.equal(h.get("actorId"), query.actorId()));
    }
    if (query.entityType() != null && !query.entityType().isBlank()) {
      where.add(cb.equal(h.get("entityType"), query.entityType()));
    }
    if (query.action() != null) {
      where.add(cb.equal(h.get("action"), query.action()));
    }
    if (query.from() != null) {
      where.add(cb.greaterThanOrEqualTo(h.<Instant>get("occurredAt"), query.from()));
    }
    if (query.to() != null) {
      where.add(cb.lessThanOrEqualTo(h.<Instant>get("occurredAt"), query.to()));
    }
    return where;
  }
}
