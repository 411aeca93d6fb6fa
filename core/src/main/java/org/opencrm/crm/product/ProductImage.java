package org.opencrm.crm.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An image of a product. The row says what the file is and whose it is; the bytes are in the file
 * store under {@code fileKey}, in the tenant's folder.
 */
@Entity
@Table(name = "product_image")
public class ProductImage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "product_id")
  private Product product;

  @Column(nullable = false)
  private int position;

  @Column(name = "file_key", nullable = false)
  private String fileKey;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  protected ProductImage() {}

  ProductImage(
      Product product,
      int position,
      String fileKey,
      String fileName,
      String contentType,
      long sizeBytes) {
    this.product = product;
    this.position = position;
    this.fileKey = fileKey;
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
  }

  void moveTo(int position) {
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public Product getProduct() {
    return product;
  }

  public int getPosition() {
    return position;
  }

  public String getFileKey() {
    return fileKey;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }
}
