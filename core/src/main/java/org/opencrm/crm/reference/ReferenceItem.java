package org.opencrm.crm.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One value of a reference list. */
@Entity
@Table(name = "reference_item")
@NamedQuery(
    name = "ReferenceItem.ofList",
    query = "SELECT r FROM ReferenceItem r WHERE r.listKey = :list ORDER BY r.position, r.id")
public class ReferenceItem implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "list_key", nullable = false)
  private String listKey;

  @Column(nullable = false)
  private String name;

  @Column private String color;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private boolean archived;

  @Column private String code;

  protected ReferenceItem() {}

  ReferenceItem(ReferenceList list, String name, String color, int position) {
    this.listKey = list.key();
    this.name = name;
    this.color = color;
    this.position = position;
  }

  void change(String name, String color) {
    this.name = name;
    this.color = color;
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

  public String getListKey() {
    return listKey;
  }

  public String getName() {
    return name;
  }

  /** {@code #RRGGBB}, or null. */
  public String getColor() {
    return color;
  }

  public int getPosition() {
    return position;
  }

  public boolean isArchived() {
    return archived;
  }

  /** The stable key of a value shipped by default, or null for the tenant's own. */
  public String getCode() {
    return code;
  }
}
