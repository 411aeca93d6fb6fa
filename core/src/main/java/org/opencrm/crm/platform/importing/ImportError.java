package org.opencrm.crm.platform.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A row an import refused: its number in the file and why (a stored text). */
@Entity
@Table(name = "import_error")
@NamedQuery(
    name = "ImportError.ofJob",
    query = "SELECT e FROM ImportError e WHERE e.jobId = :job ORDER BY e.rowNumber, e.id")
public class ImportError {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "job_id", nullable = false)
  private Long jobId;

  @Column(name = "line", nullable = false)
  private long rowNumber;

  @Column(nullable = false)
  private String reason;

  protected ImportError() {}

  ImportError(Long jobId, long rowNumber, String reason) {
    this.jobId = jobId;
    this.rowNumber = rowNumber;
    this.reason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
  }

  public long getRowNumber() {
    return rowNumber;
  }

  public String getReason() {
    return reason;
  }
}
