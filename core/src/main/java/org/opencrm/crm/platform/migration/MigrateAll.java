package org.opencrm.crm.platform.migration;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencrm.crm.platform.tenant.Tenant;
import org.opencrm.crm.platform.tenant.TenantProvisioning;
import org.opencrm.crm.platform.tenant.TenantRegistry;
import org.opencrm.crm.platform.tenant.TenantStatus;

/**
 * "Migrate all": brings every tenant whose schema is behind to this application's version, with a
 * few workers in parallel. A tenant that fails is reported with its message and skipped; the others
 * carry on. One run at a time per node; its progress stays readable after it ends.
 */
@ApplicationScoped
public class MigrateAll {

  private static final Logger LOG = Logger.getLogger(MigrateAll.class.getName());

  /** Workers when the caller does not say: the database, not the CPU, is the limit. */
  public static final int DEFAULT_WORKERS = 4;

  /** A tenant that could not be migrated. */
  public record Failure(Long tenantId, String slug, String message) implements Serializable {}

  /** A run's progress; a snapshot for readers. */
  public record Progress(
      int total,
      int done,
      int migrated,
      List<Failure> failures,
      Instant startedAt,
      Instant finishedAt)
      implements Serializable {
    public boolean running() {
      return finishedAt == null;
    }

    public int percent() {
      return total == 0 ? 100 : done * 100 / total;
    }
  }

  private static final class Run {
    final int total;
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger migrated = new AtomicInteger();
    final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    final Instant startedAt = Instant.now();
    volatile Instant finishedAt;

    Run(int total) {
      this.total = total;
    }

    Progress snapshot() {
      synchronized (failures) {
        return new Progress(
            total, done.get(), migrated.get(), List.copyOf(failures), startedAt, finishedAt);
      }
    }
  }

  @Inject TenantRegistry registry;
  @Inject TenantProvisioning provisioning;

  @Resource ManagedExecutorService executor;

  private Run current;

  /** The tenants (active or suspended) whose schema is not at this application's version. */
  public List<Tenant> behind() {
    String version = provisioning.currentSchemaVersion();
    return registry.list().stream()
        .filter(
            t -> t.getStatus() == TenantStatus.ACTIVE || t.getStatus() == TenantStatus.SUSPENDED)
        .filter(t -> !version.equals(t.getSchemaVersion()))
        .toList();
  }

  /** Starts a run unless one is going on; returns the progress of the run that is. */
  public synchronized Progress start(int workers) {
    if (current != null && current.finishedAt == null) {
      return current.snapshot();
    }
    List<Tenant> todo = behind();
    Run run = new Run(todo.size());
    current = run;
    if (todo.isEmpty()) {
      run.finishedAt = Instant.now();
      return run.snapshot();
    }
    ConcurrentLinkedQueue<Tenant> queue = new ConcurrentLinkedQueue<>(todo);
    int n = Math.max(1, Math.min(workers, todo.size()));
    AtomicInteger running = new AtomicInteger(n);
    for (int i = 0; i < n; i++) {
      executor.execute(
          () -> {
            try {
              Tenant t;
              while ((t = queue.poll()) != null) {
                migrateOne(run, t);
              }
            } finally {
              if (running.decrementAndGet() == 0) {
                run.finishedAt = Instant.now();
                LOG.info(
                    () ->
                        "Migrate all: "
                            + run.migrated.get()
                            + " of "
                            + run.total
                            + " migrated, "
                            + run.failures.size()
                            + " failed, in "
                            + (run.finishedAt.toEpochMilli() - run.startedAt.toEpochMilli())
                            + " ms");
              }
            }
          });
    }
    return run.snapshot();
  }

  private void migrateOne(Run run, Tenant tenant) {
    try {
      if (provisioning.migrateIfBehind(tenant)) {
        run.migrated.incrementAndGet();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Migrating tenant " + tenant.getSlug() + " failed", e);
      run.failures.add(
          new Failure(tenant.getId(), tenant.getSlug(), String.valueOf(e.getMessage())));
    } finally {
      run.done.incrementAndGet();
    }
  }

  /** The progress of the current or last run on this node, or null when there was none. */
  public synchronized Progress progress() {
    return current == null ? null : current.snapshot();
  }
}
