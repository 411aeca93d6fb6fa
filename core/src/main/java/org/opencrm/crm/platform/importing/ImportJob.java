package org.opencrm.crm.platform.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One import of a file: who started it, how it went and what it wrote. */
@Entity
@Table(name = "import_job")
public class ImportJob {

  /** Where an import stands. */
  public enum Status {
    RUNNING,
    DONE,
    FAILED,
    CANCELLED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String entity;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DuplicatePolicy duplicates;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Column(name = "user_name", nullable = false)
  private String userName;

  @Column(name = "total_rows", nullable = false)
  private int totalRows;

  @Column(name = "created_count", nullable = false)
  private int createdCount;

  @Column(name = "updated_count", nullable = false)
  private int updatedCount;

  @Column(name = "skipped_count", nullable = false)
  private int skippedCount;

  @Column(name = "error_count", nullable = false)
  private int errorCount;

  @Column private String message;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected ImportJob() {}

  ImportJob(
      String entity,
      String fileName,
      DuplicatePolicy duplicates,
      Long userId,
      String userName,
      int totalRows) {
    this.entity = entity;
    this.fileName = fileName;
    this.duplicates = duplicates;
    this.userId = userId;
    this.userName = userName;
    this.totalRows = totalRows;
    this.status = Status.RUNNING;
    this.startedAt = Instant.now();
  }

  void finish(Status status, ImportCounts counts, String message) {
    this.status = status;
    this.createdCount = counts.created();
    this.updatedCount = counts.updated();
    this.skippedCount = counts.skipped();
    this.errorCount = counts.refused();
    this.message = message;
    this.finishedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getEntity() {
    return entity;
  }

  public String getFileName() {
    return fileName;
  }

  public Status getStatus() {
    return status;
  }

  public DuplicatePolicy getDuplicates() {
    return duplicates;
  }

  public Long getUserId() {
    return userId;
  }

  public String getUserName() {
    return userName;
  }

  public int getTotalRows() {
    return totalRows;
  }

  public ImportCounts getCounts() {
    return new ImportCounts(0, createdCount, updatedCount, skippedCount, errorCount);
  }

  /** Why it failed, as a stored text; null otherwise. */
  public String getMessage() {
    return message;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }
}
