package org.opencrm.crm.platform.customfield;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One value of a list or multi-list field. */
@Entity
@Table(name = "custom_field_option")
public class CustomFieldOption implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "field_id")
  private CustomField field;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private boolean archived;

  protected CustomFieldOption() {}

  CustomFieldOption(CustomField field, String name, int position) {
    this.field = field;
    this.name = name;
    this.position = position;
  }

  void rename(String name) {
    this.name = name;
  }

  void archive(boolean archived) {
    this.archived = archived;
  }

  void moveTo(int position) {
    this.position = position;
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
