package org.opencrm.crm.platform.tenant.archive;

import java.util.List;

/**
 * A table as the manifest describes it: its columns in order, its primary key (the order of its
 * rows), how many rows it has and the SHA-256 of their canonical text. A table read from a schema
 * has no rows or checksum yet.
 */
public record ArchiveTable(
    String name, List<ArchiveColumn> columns, List<String> primaryKey, long rows, String sha256) {

  public ArchiveTable {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
  }

  /** The same table with its row count and checksum. */
  public ArchiveTable withContents(long rowCount, String checksum) {
    return new ArchiveTable(name, columns, primaryKey, rowCount, checksum);
  }

  /** Whether both have the same columns (names, types, nullability) and primary key. */
  public boolean sameShapeAs(ArchiveTable other) {
    return name.equals(other.name)
        && columns.equals(other.columns)
        && primaryKey.equals(other.primaryKey);
  }

  /**
   * The columns that order the rows: the primary key, or every column for a table without one (rows
   * that are equal in all columns are then also equal in the archive).
   */
  public List<String> orderColumns() {
    return primaryKey.isEmpty() ? columns.stream().map(ArchiveColumn::name).toList() : primaryKey;
  }

  /** The archive entry with the rows. */
  public String entry() {
    return ArchiveFormat.tableEntry(name);
  }
}
