package org.opencrm.crm.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A group of the catalogue (номенклатурная группа). Categories are renamed, reordered and archived,
 * never deleted: a product keeps an archived category, new choices do not offer it.
 */
@Entity
@Table(name = "product_category")
@NamedQuery(
    name = "ProductCategory.all",
    query = "SELECT c FROM ProductCategory c ORDER BY c.position, c.id")
public class ProductCategory implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private boolean archived;

  protected ProductCategory() {}

  ProductCategory(String name, int position) {
    this.name = name;
    this.position = position;
  }

  void rename(String name) {
    this.name = name;
  }

  void moveTo(int position) {
    this.position = position;
  }

  void archive(boolean archived) {
    this.archived = archived;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public int getPosition() {
    return position;
  }

  public boolean isArchived() {
    return archived;
  }
}
