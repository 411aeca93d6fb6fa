package org.opencrm.crm.platform.importing;

import java.util.List;

/**
 * An entity's side of an import; each entity that can be imported is a request-scoped bean of this
 * type. The job calls {@link #begin} once, then {@link #importRows} for chunks of rows in file
 * order, all in one transaction: if anything fails, nothing of the import stays.
 */
public interface ImportTarget {

  /** The entity's key, as in permissions ({@code contact}). */
  String entity();

  /** The fields a column may fill (custom fields too, as {@code cf:<id>}), with known headers. */
  List<ImportField> fields();

  /**
   * Prepares the import: checks the user may add records (and change them, for {@link
   * DuplicatePolicy#UPDATE}).
   *
   * @throws org.opencrm.crm.platform.security.AccessDeniedException when the user may not
   */
  void begin(DuplicatePolicy duplicates);

  /**
   * Imports rows; one outcome per row, in the rows' order. A row's problem refuses that row only.
   */
  List<RowOutcome> importRows(List<ImportRow> rows);
}
