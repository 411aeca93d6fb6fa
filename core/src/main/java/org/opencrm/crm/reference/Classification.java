package org.opencrm.crm.reference;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Map;
import java.util.Objects;

/**
 * How a record is classified: its type, status, category and source, each a value of a reference
 * list (or none). Contacts and companies embed it in the same columns.
 */
@Embeddable
public class Classification implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** The lists a kind of record takes its type, status and category from. */
  public record Lists(ReferenceList type, ReferenceList status, ReferenceList category) {}

  @ManyToOne
  @JoinColumn(name = "type_id")
  private ReferenceItem type;

  @ManyToOne
  @JoinColumn(name = "status_id")
  private ReferenceItem status;

  @ManyToOne
  @JoinColumn(name = "category_id")
  private ReferenceItem category;

  @ManyToOne
  @JoinColumn(name = "source_id")
  private ReferenceItem source;

  public Classification() {}

  Classification(
      ReferenceItem type, ReferenceItem status, ReferenceItem category, ReferenceItem source) {
    this.type = type;
    this.status = status;
    this.category = category;
    this.source = source;
  }

  /** Whether both name the same values. */
  public boolean sameAs(Classification other) {
    Classification o = other == null ? new Classification() : other;
    return same(type, o.type)
        && same(status, o.status)
        && same(category, o.category)
        && same(source, o.source);
  }

  private static boolean same(ReferenceItem a, ReferenceItem b) {
    return Objects.equals(a == null ? null : a.getId(), b == null ? null : b.getId());
  }

  /** The values' names as history records them. */
  public void describeInto(Map<String, String> snapshot) {
    snapshot.put("type", name(type));
    snapshot.put("status", name(status));
    snapshot.put("category", name(category));
    snapshot.put("source", name(source));
  }

  private static String name(ReferenceItem item) {
    return item == null ? null : item.getName();
  }

  public ReferenceItem getType() {
    return type;
  }

  public ReferenceItem getStatus() {
    return status;
  }

  public ReferenceItem getCategory() {
    return category;
  }

  public ReferenceItem getSource() {
    return source;
  }
}
