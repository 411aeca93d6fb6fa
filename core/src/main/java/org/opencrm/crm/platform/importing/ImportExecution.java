package org.opencrm.crm.platform.importing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencrm.crm.platform.i18n.StoredText;
import org.opencrm.crm.platform.plan.PlanLimitException;
import org.opencrm.crm.platform.security.AccessDeniedException;

/**
 * Runs one import in the background, in one transaction: rows are read in file order and handed to
 * the entity's {@link ImportTarget} in chunks; progress is published after each chunk; a cancel, a
 * failure or a server stop rolls everything back, so an import is written whole or not at all. Rows
 * the target refuses (bad values) are reported with their numbers and do not stop the import.
 */
@RequestScoped
public class ImportExecution {

  private static final Logger LOG = Logger.getLogger(ImportExecution.class.getName());

  /** Rows handed to the target at once. */
  static final int CHUNK = 500;

  /** An import may run this long before the database gives up on it. */
  static final int TIMEOUT_SECONDS = 2 * 60 * 60;

  @Inject Instance<ImportTarget> targets;
  @Inject ImportProgress progress;
  @Inject ImportJobStore store;
  @Resource UserTransaction transaction;

  /** Why an import stopped before the end, as a stored text. */
  private static final class Stopped extends Exception {
    private final transient String reason;
    private final ImportJob.Status status;

    Stopped(ImportJob.Status status, String reason) {
      super(reason, null, false, false);
      this.status = status;
      this.reason = reason;
    }
  }

  public void run(String tenant, Long jobId, ImportSpec spec) {
    ImportCounts counts = ImportCounts.NONE;
    List<RowOutcome> refused = new ArrayList<>();
    ImportJob.Status status = ImportJob.Status.DONE;
    String message = null;
    long line = 0;
    try {
      ImportTarget target = target(spec.entity());
      transaction.setTransactionTimeout(TIMEOUT_SECONDS);
      transaction.begin();
      try (SheetRows rows = SheetRows.open(spec.file(), spec.kind(), spec.format())) {
        target.begin(spec.duplicates());
        List<ImportRow> chunk = new ArrayList<>(CHUNK);
        boolean first = true;
        for (CsvRows.Row row : rows) {
          if (first && spec.headerRow()) {
            first = false;
            continue;
          }
          first = false;
          line = row.line();
          if (isBlank(row)) {
            continue;
          }
          chunk.add(new ImportRow(row.line(), values(row, spec.mapping())));
          if (chunk.size() == CHUNK) {
            counts = write(target, chunk, counts, refused, tenant, jobId);
          }
        }
        if (!chunk.isEmpty()) {
          counts = write(target, chunk, counts, refused, tenant, jobId);
        }
        transaction.commit();
      } catch (Stopped s) {
        rollback();
        status = s.status;
        message = s.reason;
      } catch (AccessDeniedException e) {
        rollback();
        status = ImportJob.Status.FAILED;
        message = StoredText.of("import.failed.denied");
      } catch (PlanLimitException e) {
        rollback();
        status = ImportJob.Status.FAILED;
        message = StoredText.of(e.messageKey(), e.arguments().toArray());
      } catch (IOException e) {
        rollback();
        status = ImportJob.Status.FAILED;
        message = StoredText.of("import.failed.unreadable");
      } catch (Exception e) {
        rollback();
        LOG.log(Level.WARNING, "Import " + jobId + " failed near row " + line, e);
        status = ImportJob.Status.FAILED;
        message = StoredText.of("import.failed.row", line);
      }
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Import " + jobId + " could not start", e);
      status = ImportJob.Status.FAILED;
      message = StoredText.of("import.failed.row", line);
    } finally {
      if (status != ImportJob.Status.DONE) {
        // Nothing was written: the report says so instead of listing rows that are not there.
        counts = new ImportCounts(counts.processed(), 0, 0, 0, 0);
        refused.clear();
      }
      try {
        store.finish(jobId, status, counts, refused, message);
      } finally {
        progress.end(tenant, jobId);
        try {
          Files.deleteIfExists(spec.file());
        } catch (IOException e) {
          LOG.log(Level.FINE, "Uploaded file not deleted: " + spec.file(), e);
        }
      }
    }
  }

  private ImportCounts write(
      ImportTarget target,
      List<ImportRow> chunk,
      ImportCounts counts,
      List<RowOutcome> refused,
      String tenant,
      Long jobId)
      throws Stopped {
    if (progress.cancelRequested(tenant, jobId)) {
      throw new Stopped(ImportJob.Status.CANCELLED, StoredText.of("import.cancelled"));
    }
    ImportCounts now = counts;
    for (RowOutcome o : target.importRows(List.copyOf(chunk))) {
      now = now.plus(o);
      if (o.kind() == RowOutcome.Kind.REFUSED) {
        refused.add(o);
      }
    }
    chunk.clear();
    progress.advance(tenant, jobId, now);
    return now;
  }

  private ImportTarget target(String entity) {
    for (ImportTarget t : targets) {
      if (t.entity().equals(entity)) {
        return t;
      }
    }
    throw new IllegalArgumentException("No import for " + entity);
  }

  private static Map<String, String> values(CsvRows.Row row, List<String> mapping) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < mapping.size(); i++) {
      String field = mapping.get(i);
      if (field != null && !field.isEmpty()) {
        String cell = i < row.cells().size() ? row.cells().get(i) : "";
        // Two columns for one field (two phone columns): both values, one per line.
        values.merge(field, cell, (a, b) -> a.isEmpty() ? b : b.isEmpty() ? a : a + "\n" + b);
      }
    }
    return values;
  }

  private static boolean isBlank(CsvRows.Row row) {
    return row.cells().stream().allMatch(String::isBlank);
  }

  private void rollback() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Import rollback failed", e);
    }
  }
}
