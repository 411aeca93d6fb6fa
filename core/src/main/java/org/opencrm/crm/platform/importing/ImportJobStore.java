package org.opencrm.crm.platform.importing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.opencrm.crm.platform.persistence.TenantDatabase;

/** Writes import jobs in transactions of their own, apart from the import's. */
@RequestScoped
public class ImportJobStore {

  @Inject TenantDatabase db;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Long create(ImportSpec spec, Long userId, String userName, int totalRows) {
    ImportJob job =
        new ImportJob(
            spec.entity(), spec.fileName(), spec.duplicates(), userId, userName, totalRows);
    db.em().persist(job);
    db.em().flush();
    return job.getId();
  }

  /** Records how the import ended and the rows it refused. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void finish(
      Long jobId,
      ImportJob.Status status,
      ImportCounts counts,
      List<RowOutcome> refused,
      String message) {
    ImportJob job = db.em().find(ImportJob.class, jobId);
    job.finish(status, counts, message);
    int n = 0;
    for (RowOutcome r : refused) {
      db.em().persist(new ImportError(jobId, r.line(), r.reason()));
      if (++n % 1000 == 0) {
        db.em().flush();
        db.em().clear();
      }
    }
  }
}
