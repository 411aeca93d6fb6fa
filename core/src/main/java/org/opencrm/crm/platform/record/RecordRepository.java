package org.opencrm.crm.platform.record;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencrm.crm.platform.customfield.CustomConditions;
import org.opencrm.crm.platform.customfield.CustomFiltered;
import org.opencrm.crm.platform.files.FilesDropped;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.PermissionAction;

/**
 * Reads records of one entity, always through the permission layer: a record by id (not in the
 * trash, or in it), the trash, capped counts of a filtered list, and the purge of old trash. Each
 * entity's repository adds its filters ({@link #filtered}) and its list order.
 *
 * @param <T> the record
 * @param <F> the list's filter
 */
public abstract class RecordRepository<T extends OwnedRecord, F> implements RecordCatalog {

  /** Counts stop here; lists show "10,000+" beyond it. */
  public static final int COUNT_CAP = 10_000;

  /** Deepest offset a list may jump to; further pages are reached by keys. */
  public static final int MAX_OFFSET = 10_000;

  @Inject protected TenantDatabase db;
  @Inject protected AccessControl access;
  @Inject jakarta.enterprise.event.Event<FilesDropped> droppedFiles;
  @Inject org.opencrm.crm.platform.tenant.TenantContext tenantContext;

  private CustomConditions customConditions;

  protected abstract Class<T> type();

  /** The entity's key in permissions. */
  protected abstract String entity();

  /** The filter's conditions, added to those of {@link #conditions}. */
  protected abstract void filtered(
      CriteriaBuilder cb, CriteriaQuery<?> q, Root<T> r, F filter, List<Predicate> where);

  @Override
  public String entityKey() {
    return entity();
  }

  @Override
  public Map<Long, String> names(Collection<Long> ids, boolean visibleOnly) {
    Map<Long, String> names = new HashMap<>();
    if (ids == null || ids.isEmpty()) {
      return names;
    }
    EntityManager em = db.em();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<T> q = cb.createQuery(type());
    Root<T> r = q.from(type());
    List<Predicate> where = new ArrayList<>();
    where.add(r.get("id").in(new HashSet<>(ids)));
    where.add(cb.isNull(r.get("deletedAt")));
    if (visibleOnly) {
      where.add(access.restrict(cb, r.get("owner"), entity(), PermissionAction.VIEW));
    }
    q.where(where.toArray(Predicate[]::new));
    em.createQuery(q).getResultList().forEach(t -> names.put(t.getId(), t.getDisplayName()));
    return names;
  }

  @Override
  public boolean allows(Long id, PermissionAction action) {
    return find(id, action).isPresent();
  }

  @Override
  public Subquery<Long> ids(CriteriaQuery<?> query, PermissionAction action) {
    CriteriaBuilder cb = db.em().getCriteriaBuilder();
    Subquery<Long> sub = query.subquery(Long.class);
    Root<T> r = sub.from(type());
    sub.select(r.get("id"))
        .where(
            cb.isNull(r.get("deletedAt")), access.restrict(cb, r.get("owner"), entity(), action));
    return sub;
  }

  /** The record, if it exists (not in the trash) and the user may do the action on it. */
  public Optional<T> find(Long id, PermissionAction action) {
    return one(id, action, false);
  }

  /** A record in the trash, if the user may delete (and so restore) it. */
  public Optional<T> findInTrash(Long id) {
    return one(id, PermissionAction.DELETE, true);
  }

  private Optional<T> one(Long id, PermissionAction action, boolean trashed) {
    if (id == null) {
      return Optional.empty();
    }
    EntityManager em = db.em();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<T> q = cb.createQuery(type());
    Root<T> r = q.from(type());
    q.where(
        cb.equal(r.get("id"), id),
        trashed ? cb.isNotNull(r.get("deletedAt")) : cb.isNull(r.get("deletedAt")),
        access.restrict(cb, r.get("owner"), entity(), action));
    return em.createQuery(q).getResultStream().findFirst();
  }

  /** The trash: deleted records the user may restore, most recently deleted first. */
  public List<T> trash(int limit) {
    EntityManager em = db.em();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<T> q = cb.createQuery(type());
    Root<T> r = q.from(type());
    q.where(
        cb.isNotNull(r.get("deletedAt")),
        access.restrict(cb, r.get("owner"), entity(), PermissionAction.DELETE));
    q.orderBy(cb.desc(r.get("deletedAt")), cb.desc(r.get("id")));
    return em.createQuery(q).setMaxResults(limit).getResultList();
  }

  /** Removes for good the records that have been in the trash since before the cutoff. */
  public int purgeTrashedBefore(Instant cutoff) {
    // Attached files and custom field values have no foreign key to the record (one table serves
    // every entity): they go with it here, the files' bytes once this commits.
    String purged =
        " IN (SELECT r.id FROM "
            + type().getSimpleName()
            + " r WHERE r.deletedAt IS NOT NULL AND r.deletedAt < :cutoff)";
    List<String> keys =
        db.em()
            .createQuery(
                "SELECT f.fileKey FROM RecordFile f WHERE f.entity = :entity AND f.recordId"
                    + purged,
                String.class)
            .setParameter("entity", entity())
            .setParameter("cutoff", cutoff)
            .getResultList();
    if (!keys.isEmpty()) {
      db.em()
          .createQuery("DELETE FROM RecordFile f WHERE f.entity = :entity AND f.recordId" + purged)
          .setParameter("entity", entity())
          .setParameter("cutoff", cutoff)
          .executeUpdate();
      droppedFiles.fire(new FilesDropped(tenantContext.require().slug(), keys));
    }
    db.em()
        .createQuery(
            "DELETE FROM CustomValue v WHERE v.recordId IN (SELECT r.id FROM "
                + type().getSimpleName()
                + " r WHERE r.deletedAt IS NOT NULL AND r.deletedAt < :cutoff)"
                + " AND v.fieldId IN (SELECT f.id FROM CustomField f WHERE f.entity = :entity)")
        .setParameter("cutoff", cutoff)
        .setParameter("entity", entity())
        .executeUpdate();
    return db.em()
        .createQuery(
            "DELETE FROM "
                + type().getSimpleName()
                + " r WHERE r.deletedAt IS NOT NULL AND r.deletedAt < :cutoff")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }

  /** How many records match, counting no further than {@link #COUNT_CAP} + 1. */
  public int countCapped(F filter, PermissionAction action) {
    EntityManager em = db.em();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<T> r = q.from(type());
    q.select(r.get("id"));
    q.where(conditions(cb, q, r, filter, action).toArray(Predicate[]::new));
    return em.createQuery(q).setMaxResults(COUNT_CAP + 1).getResultList().size();
  }

  /** Not in the trash, within the user's reach for the action, and the filter's conditions. */
  protected List<Predicate> conditions(
      CriteriaBuilder cb, CriteriaQuery<?> q, Root<T> r, F filter, PermissionAction action) {
    List<Predicate> where = new ArrayList<>();
    where.add(cb.isNull(r.get("deletedAt")));
    where.add(access.restrict(cb, r.get("owner"), entity(), action));
    if (filter != null) {
      filtered(cb, q, r, filter, where);
      if (filter instanceof CustomFiltered custom && custom.custom() != null) {
        if (customConditions == null) {
          customConditions = new CustomConditions(db.em());
        }
        customConditions.addTo(cb, q, r.get("id"), custom.custom(), where);
      }
    }
    return where;
  }

  protected static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
