package org.opencrm.crm.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A department in the tenant's tree. {@code path} lists the ids from the root ({@code /1/4/}), so
 * "this department and everything below it" is one prefix match.
 */
@Entity
@Table(name = "department")
public class Department {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne
  @JoinColumn(name = "parent_id")
  private Department parent;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String path;

  @Version private int version;

  protected Department() {}

  public Department(Department parent, String name) {
    this.parent = parent;
    this.name = name;
    this.path = "";
  }

  /** Sets the path once the id is known. */
  public void placeInTree() {
    this.path = (parent == null ? "/" : parent.getPath()) + id + "/";
  }

  public Long getId() {
    return id;
  }

  public Department getParent() {
    return parent;
  }

  public String getName() {
    return name;
  }

  public void rename(String name) {
    this.name = name;
  }

  public String getPath() {
    return path;
  }
}
