package org.opencrm.crm.platform.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The imports running on this server: how far each has got, and whether its user asked to cancel.
 * Keyed by tenant schema and job id. A job the database says is running but that is not here was
 * interrupted (the server stopped): its transaction never committed, so it wrote nothing.
 */
@ApplicationScoped
public class ImportProgress {

  /** The live state of one job. */
  static final class Live {
    volatile ImportCounts counts = ImportCounts.NONE;
    volatile boolean cancelRequested;
  }

  private final Map<String, Live> running = new ConcurrentHashMap<>();

  void start(String tenant, Long job) {
    running.put(key(tenant, job), new Live());
  }

  void advance(String tenant, Long job, ImportCounts counts) {
    Live live = running.get(key(tenant, job));
    if (live != null) {
      live.counts = counts;
    }
  }

  void end(String tenant, Long job) {
    running.remove(key(tenant, job));
  }

  /** The counts so far, or null when the job is not running here. */
  public ImportCounts counts(String tenant, Long job) {
    Live live = running.get(key(tenant, job));
    return live == null ? null : live.counts;
  }

  /** Asks a running job to stop; false when it is not running here. */
  public boolean cancel(String tenant, Long job) {
    Live live = running.get(key(tenant, job));
    if (live == null) {
      return false;
    }
    live.cancelRequested = true;
    return true;
  }

  boolean cancelRequested(String tenant, Long job) {
    Live live = running.get(key(tenant, job));
    return live != null && live.cancelRequested;
  }

  private static String key(String tenant, Long job) {
    return tenant + "#" + job;
  }
}
