package org.opencrm.crm.platform.importing;

import java.io.Serializable;

/** How many rows an import has read, and what became of them. */
public record ImportCounts(int processed, int created, int updated, int skipped, int refused)
    implements Serializable {

  public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0);

  ImportCounts plus(RowOutcome o) {
    return new ImportCounts(
        processed + 1,
        created + (o.kind() == RowOutcome.Kind.CREATED ? 1 : 0),
        updated + (o.kind() == RowOutcome.Kind.UPDATED ? 1 : 0),
        skipped + (o.kind() == RowOutcome.Kind.SKIPPED ? 1 : 0),
        refused + (o.kind() == RowOutcome.Kind.REFUSED ? 1 : 0));
  }
}
