package org.opencrm.crm.platform.files;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencrm.crm.platform.history.HistoryRecorder;
import org.opencrm.crm.platform.persistence.LikePatterns;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.plan.PlanLimits;
import org.opencrm.crm.platform.record.RecordCatalog;
import org.opencrm.crm.platform.record.RecordNotFoundException;
import org.opencrm.crm.platform.security.CurrentActor;
import org.opencrm.crm.platform.security.CurrentUser;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.tenant.TenantContext;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * Files attached to records of any entity. Every read and write goes through the record: a file is
 * listed, downloaded or found in the files registry only by someone who may see its record, and
 * attached or removed only by someone who may change it. Attaching checks the size and the plan's
 * storage; the record's history shows each file added and removed.
 */
@RequestScoped
public class RecordFiles {

  private static final Logger LOG = Logger.getLogger(RecordFiles.class.getName());

  /** Largest file that can be attached. */
  public static final long MAX_BYTES = 25L * 1024 * 1024;

  /** Files a record may hold. */
  public static final int MAX_PER_RECORD = 200;

  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject CurrentActor actor;
  @Inject FileStore store;
  @Inject PlanLimits limits;
  @Inject HistoryRecorder history;
  @Inject Instance<RecordCatalog> catalogs;
  @Inject Event<FilesDropped> dropped;

  /** The files of a record the user may see, newest first; empty when they may not. */
  public List<RecordFile> of(String entity, Long recordId) {
    if (!catalog(entity).allows(recordId, PermissionAction.VIEW)) {
      return List.of();
    }
    return db.em()
        .createQuery(
            "SELECT f FROM RecordFile f WHERE f.entity = :entity AND f.recordId = :id"
                + " ORDER BY f.uploadedAt DESC, f.id DESC",
            RecordFile.class)
        .setParameter("entity", entity)
        .setParameter("id", recordId)
        .getResultList();
  }

  /** Whether the user may attach files to the record and remove them. */
  public boolean canChange(String entity, Long recordId) {
    return catalog(entity).allows(recordId, PermissionAction.EDIT);
  }

  /**
   * Attaches a file to a record the user may change. The declared content type is not trusted: the
   * type is taken from the name (see {@link #typeOf}).
   *
   * @throws RecordNotFoundException when there is no such record or the user may not change it
   * @throws ValidationException when the file is empty, too large or the record holds too many
   * @throws org.opencrm.crm.platform.plan.PlanLimitException when the plan's storage is full
   */
  @Transactional
  public RecordFile attach(
      String entity,
      Long recordId,
      String fileName,
      String contentType,
      long declaredSize,
      InputStream content)
      throws IOException {
    if (!canChange(entity, recordId)) {
      throw new RecordNotFoundException(entity, recordId);
    }
    if (declaredSize == 0) {
      throw ValidationException.of("file", "file.empty");
    }
    if (declaredSize > MAX_BYTES) {
      throw ValidationException.of("file", "file.tooLarge", MAX_BYTES >> 20);
    }
    long held =
        db.em()
            .createQuery(
                "SELECT COUNT(f) FROM RecordFile f WHERE f.entity = :entity AND f.recordId = :id",
                Long.class)
            .setParameter("entity", entity)
            .setParameter("id", recordId)
            .getSingleResult();
    if (held >= MAX_PER_RECORD) {
      throw ValidationException.of("file", "file.tooMany", MAX_PER_RECORD);
    }
    limits.checkFileCanBeStored(Math.max(declaredSize, 0));
    StoredBlob blob;
    try {
      blob = store.put(tenant.require().slug(), content, MAX_BYTES);
    } catch (FileTooLargeException e) {
      throw ValidationException.of("file", "file.tooLarge", MAX_BYTES >> 20);
    }
    try {
      if (blob.size() == 0) {
        throw ValidationException.of("file", "file.empty");
      }
      CurrentUser user = actor.requireUser();
      String name = cleanName(fileName);
      RecordFile file =
          new RecordFile(
              entity, recordId, blob, name, typeOf(name), user.userId(), user.fullName());
      db.em().persist(file);
      db.em().flush();
      history.changed(entity, recordId, Map.of(), Map.of("fileAdded", name));
      return file;
    } catch (RuntimeException e) {
      forget(blob.key());
      throw e;
    }
  }

  /** Removes a file from a record the user may change; its bytes go once this commits. */
  @Transactional
  public void remove(Long fileId) {
    RecordFile file =
        find(fileId, PermissionAction.EDIT)
            .orElseThrow(() -> new RecordNotFoundException("file", fileId));
    db.em().remove(file);
    history.changed(
        file.getEntity(), file.getRecordId(), Map.of("fileAdded", file.getName()), Map.of());
    dropped.fire(new FilesDropped(tenant.require().slug(), List.of(file.getFileKey())));
  }

  /** A file whose record the user may do the action on. */
  public Optional<RecordFile> find(Long fileId, PermissionAction action) {
    RecordFile file = fileId == null ? null : db.em().find(RecordFile.class, fileId);
    if (file == null || !catalog(file.getEntity()).allows(file.getRecordId(), action)) {
      return Optional.empty();
    }
    return Optional.of(file);
  }

  /** The bytes of a file found with {@link #find}. */
  public InputStream read(RecordFile file) throws IOException {
    return store.open(tenant.require().slug(), file.getFileKey());
  }

  /** What the files registry filters by; every part optional. */
  public record Filter(String name, String entity, Long uploadedBy, Instant from, Instant to)
      implements java.io.Serializable {
    public static final Filter NONE = new Filter(null, null, null, null, null);
  }

  /** A page of the files the user may see, newest first, from an offset. */
  public List<RecordFile> registry(Filter filter, int offset, int limit) {
    CriteriaBuilder cb = db.em().getCriteriaBuilder();
    CriteriaQuery<RecordFile> q = cb.createQuery(RecordFile.class);
    Root<RecordFile> f = q.from(RecordFile.class);
    q.where(conditions(cb, q, f, filter).toArray(Predicate[]::new));
    q.orderBy(cb.desc(f.get("uploadedAt")), cb.desc(f.get("id")));
    return db.em().createQuery(q).setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  /** How many files the registry finds, counting no further than the cap + 1. */
  public int count(Filter filter, int cap) {
    CriteriaBuilder cb = db.em().getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<RecordFile> f = q.from(RecordFile.class);
    q.select(f.get("id")).where(conditions(cb, q, f, filter).toArray(Predicate[]::new));
    return db.em().createQuery(q).setMaxResults(cap + 1).getResultList().size();
  }

  /** The entities that can have files, by key. */
  public List<String> entities() {
    List<String> keys = new ArrayList<>();
    catalogs.forEach(c -> keys.add(c.entityKey()));
    keys.sort(null);
    return keys;
  }

  private List<Predicate> conditions(
      CriteriaBuilder cb, CriteriaQuery<?> q, Root<RecordFile> f, Filter filter) {
    List<Predicate> visible = new ArrayList<>();
    for (RecordCatalog c : catalogs) {
      if (filter.entity() == null || filter.entity().equals(c.entityKey())) {
        visible.add(
            cb.and(
                cb.equal(f.get("entity"), c.entityKey()),
                f.get("recordId").in(c.ids(q, PermissionAction.VIEW))));
      }
    }
    List<Predicate> where = new ArrayList<>();
    where.add(visible.isEmpty() ? cb.disjunction() : cb.or(visible.toArray(Predicate[]::new)));
    if (filter.name() != null && !filter.name().isBlank()) {
      where.add(LikePatterns.startsWith(cb, f.get("name"), filter.name().strip()));
    }
    if (filter.uploadedBy() != null) {
      where.add(cb.equal(f.get("uploadedBy"), filter.uploadedBy()));
    }
    if (filter.from() != null) {
      where.add(cb.greaterThanOrEqualTo(f.get("uploadedAt"), filter.from()));
    }
    if (filter.to() != null) {
      where.add(cb.lessThan(f.get("uploadedAt"), filter.to()));
    }
    return where;
  }

  /** The display names of the records files belong to, for the registry. */
  public Map<Long, String> recordNames(String entity, List<Long> ids) {
    return catalog(entity).names(ids, true);
  }

  private RecordCatalog catalog(String entity) {
    for (RecordCatalog c : catalogs) {
      if (c.entityKey().equals(entity)) {
        return c;
      }
    }
    throw new IllegalArgumentException("No records of " + entity);
  }

  private void forget(String key) {
    try {
      store.delete(tenant.require().slug(), key);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not remove file " + key, e);
    }
  }

  /** The file's own name, without folders or control characters, at most 200 characters. */
  static String cleanName(String fileName) {
    String n = fileName == null ? "" : fileName.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
    if (n.isEmpty()) {
      n = "file";
    }
    return n.length() > 200 ? n.substring(n.length() - 200) : n;
  }

  /** Types kept by a file's extension; anything else is stored as plain bytes. */
  private static final Map<String, String> SAFE_TYPES =
      Map.ofEntries(
          Map.entry("pdf", "application/pdf"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("txt", "text/plain"),
          Map.entry("csv", "text/csv"),
          Map.entry("doc", "application/msword"),
          Map.entry(
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry("xls", "application/vnd.ms-excel"),
          Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          Map.entry("odt", "application/vnd.oasis.opendocument.text"),
          Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
          Map.entry("zip", "application/zip"));

  /**
   * The type a file is served with, from its name's extension among known safe types; never what
   * the uploader declared (a page declared as a picture would otherwise run in the application).
   */
  static String typeOf(String name) {
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return SAFE_TYPES.getOrDefault(ext, "application/octet-stream");
  }
}
