package org.opencrm.crm.platform.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A file attached to a record; its bytes are in the file store under its key. */
@Entity
@Table(name = "record_file")
public class RecordFile implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String entity;

  @Column(name = "record_id", nullable = false)
  private Long recordId;

  @Column(name = "file_key", nullable = false)
  private String fileKey;

  @Column(nullable = false)
  private String name;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(nullable = false)
  private long size;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "uploaded_by", nullable = false)
  private Long uploadedBy;

  @Column(name = "uploaded_by_name", nullable = false)
  private String uploadedByName;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected RecordFile() {}

  RecordFile(
      String entity,
      Long recordId,
      StoredBlob blob,
      String name,
      String contentType,
      Long uploadedBy,
      String uploadedByName) {
    this.entity = entity;
    this.recordId = recordId;
    this.fileKey = blob.key();
    this.size = blob.size();
    this.sha256 = blob.sha256();
    this.name = name;
    this.contentType = contentType;
    this.uploadedBy = uploadedBy;
    this.uploadedByName = uploadedByName;
    this.uploadedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getEntity() {
    return entity;
  }

  public Long getRecordId() {
    return recordId;
  }

  public String getFileKey() {
    return fileKey;
  }

  public String getName() {
    return name;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }

  public Long getUploadedBy() {
    return uploadedBy;
  }

  public String getUploadedByName() {
    return uploadedByName;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
