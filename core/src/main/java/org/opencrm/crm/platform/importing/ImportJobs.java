package org.opencrm.crm.platform.importing;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencrm.crm.platform.i18n.StoredText;
import org.opencrm.crm.platform.persistence.TenantDatabase;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.AccessDeniedException;
import org.opencrm.crm.platform.security.CurrentActor;
import org.opencrm.crm.platform.security.CurrentUser;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.settings.TenantSettingsService;
import org.opencrm.crm.platform.tenant.TenantContext;
import org.opencrm.crm.platform.tenant.TenantRef;
import org.opencrm.crm.platform.tenant.TenantWork;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * Imports as users run them: keep an upload, preview it (format found, first rows decoded, columns
 * matched to fields), start the job in the background, follow its progress, cancel it, read the
 * rows it refused. A job is seen by the user who started it and by administrators.
 */
@RequestScoped
public class ImportJobs {

  /** Rows the preview shows. */
  public static final int PREVIEW_ROWS = 10;

  /** Largest file accepted: what the server accepts in one post (50 MB by default). */
  public static final long MAX_BYTES =
      org.opencrm.crm.platform.web.RequestSizeFilter.ARCHIVE_LIMIT - 1024 * 1024;

  @Inject Instance<ImportTarget> targets;
  @Inject ImportJobStore store;
  @Inject ImportProgress progress;
  @Inject TenantWork work;
  @Inject TenantContext tenantContext;
  @Inject CurrentActor actor;
  @Inject AccessControl access;
  @Inject TenantDatabase db;
  @Inject Instance<ImportExecution> executions;
  @Resource ManagedExecutorService executor;

  /** The first rows of a file, read in a format, and the fields its columns seem to fill. */
  public record Preview(
      SheetRows.Kind kind,
      TextFileFormat format,
      List<List<String>> rows,
      int columns,
      List<String> guessed) {}

  /** The fields of an entity's import. */
  public List<ImportField> fields(String entity) {
    return target(entity).fields();
  }

  /** Whether the user may import into the entity at all. */
  public boolean canImport(String entity) {
    return access.can(entity, PermissionAction.ADD);
  }

  /**
   * Keeps an upload in a private temporary file until the import has run.
   *
   * @throws ValidationException when the file is empty or too large
   */
  public Path keep(InputStream upload) throws IOException {
    Path dir =
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "crm-imports"));
    Path file = Files.createTempFile(dir, "upload-", ".bin");
    long size;
    try (InputStream in = upload) {
      size = Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    if (size == 0 || size > MAX_BYTES) {
      Files.deleteIfExists(file);
      throw ValidationException.of(
          "file", size == 0 ? "import.file.empty" : "import.file.tooLarge", MAX_BYTES >> 20);
    }
    return file;
  }

  /**
   * Reads the first rows.
   *
   * @param format the text format to read a CSV in, or null to find it out
   * @throws ValidationException when the file cannot be read as a table
   */
  public Preview preview(String entity, Path file, String fileName, TextFileFormat format) {
    try {
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(8);
      }
      SheetRows.Kind kind = SheetRows.kindOf(fileName, head);
      TextFileFormat f =
          kind == SheetRows.Kind.CSV ? (format == null ? SheetRows.sniff(file) : format) : null;
      List<List<String>> rows = new ArrayList<>();
      int columns = 0;
      try (SheetRows sheet = SheetRows.open(file, kind, f)) {
        for (CsvRows.Row row : sheet) {
          rows.add(row.cells());
          columns = Math.max(columns, row.cells().size());
          if (rows.size() > PREVIEW_ROWS) {
            break;
          }
        }
      }
      if (rows.isEmpty()) {
        throw ValidationException.of("file", "import.file.noRows");
      }
      List<String> guessed =
          new ArrayList<>(ColumnGuesser.guess(rows.get(0), target(entity).fields()));
      while (guessed.size() < columns) {
        guessed.add(null);
      }
      return new Preview(kind, f, rows, columns, guessed);
    } catch (IOException | RuntimeException e) {
      if (e instanceof ValidationException v) {
        throw v;
      }
      throw ValidationException.of("file", "import.file.unreadable");
    }
  }

  /**
   * Starts an import in the background; returns its job id.
   *
   * @throws AccessDeniedException when the user may not add records of the entity
   * @throws ValidationException when no column is mapped
   */
  public Long start(ImportSpec spec) throws IOException {
    access.require(spec.entity(), PermissionAction.ADD);
    if (spec.mapping().stream().allMatch(m -> m == null || m.isEmpty())) {
      throw ValidationException.of("mapping", "import.mapping.empty");
    }
    int total = 0;
    try (SheetRows rows = SheetRows.open(spec.file(), spec.kind(), spec.format())) {
      for (CsvRows.Row row : rows) {
        total++;
      }
    }
    if (spec.headerRow() && total > 0) {
      total--;
    }
    CurrentUser user = actor.requireUser();
    TenantRef tenant = tenantContext.require();
    Long jobId = store.create(spec, user.userId(), user.fullName(), total);
    progress.start(tenant.schemaName(), jobId);
    executor.execute(
        () ->
            work.inTenant(
                tenant,
                user,
                () -> {
                  executions.get().run(tenant.schemaName(), jobId, spec);
                  return null;
                }));
    return jobId;
  }

  /** A job as its page shows it. */
  public record JobView(
      ImportJob job, ImportJob.Status status, ImportCounts counts, String message) {}

  /** A job the user may see, with live counts while it runs here. */
  public Optional<JobView> view(Long jobId) {
    ImportJob job = jobId == null ? null : db.em().find(ImportJob.class, jobId);
    if (job == null || !mayFollow(job)) {
      return Optional.empty();
    }
    db.em().refresh(job);
    String tenant = tenantContext.require().schemaName();
    if (job.getStatus() == ImportJob.Status.RUNNING) {
      ImportCounts live = progress.counts(tenant, jobId);
      if (live == null) {
        // Not running on this server any more: the server stopped while it ran; nothing stayed.
        return Optional.of(
            new JobView(
                job,
                ImportJob.Status.FAILED,
                ImportCounts.NONE,
                StoredText.of("import.failed.interrupted")));
      }
      return Optional.of(new JobView(job, ImportJob.Status.RUNNING, live, null));
    }
    ImportCounts c = job.getCounts();
    return Optional.of(
        new JobView(
            job,
            job.getStatus(),
            new ImportCounts(
                c.created() + c.updated() + c.skipped() + c.refused(),
                c.created(),
                c.updated(),
                c.skipped(),
                c.refused()),
            job.getMessage()));
  }

  /** Asks a running job to stop; it then writes nothing. */
  public boolean cancel(Long jobId) {
    return view(jobId)
        .filter(v -> v.status() == ImportJob.Status.RUNNING)
        .map(v -> progress.cancel(tenantContext.require().schemaName(), jobId))
        .orElse(false);
  }

  /** The rows a finished job refused. */
  public List<ImportError> errors(Long jobId) {
    if (view(jobId).isEmpty()) {
      return List.of();
    }
    return db.em()
        .createNamedQuery("ImportError.ofJob", ImportError.class)
        .setParameter("job", jobId)
        .getResultList();
  }

  private boolean mayFollow(ImportJob job) {
    CurrentUser user = actor.requireUser();
    return job.getUserId().equals(user.userId())
        || access.can(TenantSettingsService.ENTITY, PermissionAction.EDIT);
  }

  private ImportTarget target(String entity) {
    for (ImportTarget t : targets) {
      if (t.entity().equals(entity)) {
        return t;
      }
    }
    throw new IllegalArgumentException("No import for " + entity);
  }
}
