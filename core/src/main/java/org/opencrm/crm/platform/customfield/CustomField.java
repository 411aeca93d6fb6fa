package org.opencrm.crm.platform.customfield;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A field a tenant added to an entity. Archived fields keep their values but are not shown. */
@Entity
@Table(name = "custom_field")
@NamedQuery(
    name = "CustomField.ofEntity",
    query = "SELECT f FROM CustomField f WHERE f.entity = :entity ORDER BY f.position, f.id")
public class CustomField implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String entity;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CustomFieldKind kind;

  @Column(name = "link_entity")
  private String linkEntity;

  @Column(nullable = false)
  private boolean required;

  @Column(name = "in_list", nullable = false)
  private boolean inList;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private boolean archived;

  @OneToMany(mappedBy = "field", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position, id")
  private List<CustomFieldOption> options = new ArrayList<>();

  protected CustomField() {}

  CustomField(
      String entity, String code, String name, CustomFieldKind kind, String linkEntity, int pos) {
    this.entity = entity;
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.linkEntity = kind == CustomFieldKind.LINK ? linkEntity : null;
    this.position = pos;
  }

  void change(String name, boolean required, boolean inList) {
    this.name = name;
    this.required = required;
    this.inList = inList;
  }

  void moveTo(int position) {
    this.position = position;
  }

  void archive(boolean archived) {
    this.archived = archived;
  }

  CustomFieldOption addOption(String name) {
    CustomFieldOption option = new CustomFieldOption(this, name, options.size());
    options.add(option);
    return option;
  }

  /** The option with that id, archived or not. */
  public Optional<CustomFieldOption> option(Long optionId) {
    return options.stream().filter(o -> o.getId().equals(optionId)).findFirst();
  }

  /** The option named so (ignoring case), archived or not. */
  public Optional<CustomFieldOption> optionNamed(String optionName) {
    String wanted = optionName.strip();
    return options.stream().filter(o -> o.getName().equalsIgnoreCase(wanted)).findFirst();
  }

  public Long getId() {
    return id;
  }

  /** The entity's key in permissions ({@code contact}, {@code company}…). */
  public String getEntity() {
    return entity;
  }

  /** The field's stable key in the API, imports and exports. */
  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public CustomFieldKind getKind() {
    return kind;
  }

  /** The entity a link field points to; null for other kinds. */
  public String getLinkEntity() {
    return linkEntity;
  }

  public boolean isRequired() {
    return required;
  }

  public boolean isInList() {
    return inList;
  }

  public int getPosition() {
    return position;
  }

  public boolean isArchived() {
    return archived;
  }

  /** Every option, archived ones included, in the list's order. */
  public List<CustomFieldOption> getOptions() {
    return options;
  }

  /** The options a record may be given now: the active ones, plus those it already holds. */
  public List<CustomFieldOption> choices(java.util.Collection<Long> held) {
    return options.stream()
        .filter(o -> !o.isArchived() || (held != null && held.contains(o.getId())))
        .toList();
  }
}
