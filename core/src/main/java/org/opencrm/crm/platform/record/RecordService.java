package org.opencrm.crm.platform.record;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.opencrm.crm.platform.customfield.CustomValueStore;
import org.opencrm.crm.platform.history.HistoryRecorder;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.plan.PlanLimits;
import org.opencrm.crm.platform.security.CurrentActor;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.validation.ConcurrentChangeException;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * The writes every record has the same way: opening for a card, delete to the trash, restore, the
 * purge of old trash, and the conflict a concurrent change raises. History is written in the same
 * transaction; a refused change writes nothing.
 *
 * @param <T> the record
 */
public abstract class RecordService<T extends OwnedRecord> {

  /** How long deleted records stay restorable. */
  public static final Duration TRASH_RETENTION = Duration.ofDays(30);

  @Inject protected TenantDatabase db;
  @Inject protected HistoryRecorder history;
  @Inject protected CurrentActor actor;
  @Inject protected PlanLimits limits;
  @Inject protected CustomValueStore customValues;

  /** Checked input: the entity's own clean values and the custom field values to keep. */
  protected record Checked<C>(C clean, Map<Long, Object> custom) {}

  /**
   * Checks a draft's own fields and its custom field values together, so every problem is reported
   * at once.
   *
   * @param customInput the custom values given; null keeps what the record holds
   * @param held the record's current custom values (empty for a new record)
   */
  protected <C> Checked<C> check(
      Supplier<C> validation, Map<Long, Object> customInput, Map<Long, Object> held) {
    C clean = null;
    List<FieldError> errors = new ArrayList<>();
    try {
      clean = validation.get();
    } catch (ValidationException e) {
      errors.addAll(e.errors());
    }
    Map<Long, Object> custom =
        customValues.checked(entity(), customInput == null ? held : customInput, held, errors);
    return new Checked<>(clean, customValues.merged(entity(), custom, held));
  }

  /** The record's own fields followed by its custom values, as history compares them. */
  protected Map<String, String> snapshot(T record, Map<Long, Object> custom) {
    Map<String, String> all = new LinkedHashMap<>(record.snapshot());
    all.putAll(customValues.snapshot(entity(), custom));
    return all;
  }

  /** The entity's key in permissions and history. */
  protected abstract String entity();

  protected abstract RecordRepository<T, ?> records();

  /** The exception of "no such record, or not yours". */
  protected abstract RecordNotFoundException notFound(Long id);

  /** The record for its card; "not found" also when the user may not see it. */
  public T open(Long id) {
    return records().find(id, PermissionAction.VIEW).orElseThrow(() -> notFound(id));
  }

  /** Moves a record to the trash; it stays restorable for {@link #TRASH_RETENTION}. */
  @Transactional
  public void delete(Long id) {
    T record = records().find(id, PermissionAction.DELETE).orElseThrow(() -> notFound(id));
    Map<String, String> before = snapshot(record, customValues.load(entity(), id));
    record.trash(actor.requireUser().fullName());
    flushOrConflict(id);
    history.deleted(entity(), id, before);
  }

  /** Takes a record out of the trash with everything it held. */
  @Transactional
  public T restore(Long id) {
    T record = records().findInTrash(id).orElseThrow(() -> notFound(id));
    limits.checkRecordsCanBeAdded(1);
    record.restore();
    history.restored(entity(), id);
    return record;
  }

  /** Removes for good what has been in the trash longer than {@link #TRASH_RETENTION}. */
  @Transactional
  public int purgeTrash() {
    return records().purgeTrashedBefore(Instant.now().minus(TRASH_RETENTION));
  }

  /**
   * Writes the changes now; a concurrent change (the version moved) becomes a conflict. The
   * transaction is then marked for rollback, so no query may follow.
   */
  protected void flushOrConflict(Long id) {
    try {
      db.em().flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentChangeException(entity() + " " + id + " was changed meanwhile", null);
    }
  }

  /** The conflict of a stale version, naming who changed the record last. */
  protected ConcurrentChangeException conflict(Long id) {
    String who =
        history.forRecord(entity(), id).stream()
            .findFirst()
            .map(h -> h.getActorName())
            .orElse(null);
    return new ConcurrentChangeException(entity() + " " + id + " was changed meanwhile", who);
  }
}
