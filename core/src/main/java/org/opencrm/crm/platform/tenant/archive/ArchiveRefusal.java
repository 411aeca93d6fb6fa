package org.opencrm.crm.platform.tenant.archive;

import org.opencrm.crm.platform.validation.ValidationException;

/**
 * The message keys of refused archives and archive operations, each in the shared bundle. Every
 * refusal is a {@link ValidationException} on the field {@value #FIELD} (or {@code slug}, {@code
 * displayName}); nothing has been written when one is thrown.
 */
public final class ArchiveRefusal {

  /** The field archive problems are reported on. */
  public static final String FIELD = "archive";

  public static final String REQUIRED = "tenant.archive.required";
  public static final String NOT_ZIP = "tenant.archive.notZip";
  public static final String DAMAGED = "tenant.archive.damaged";
  public static final String FOREIGN = "tenant.archive.foreign";

  /** {0}: the manifest field that is missing or wrong. */
  public static final String MANIFEST_INVALID = "tenant.archive.manifestInvalid";

  /** {0}: the archive's format version, {1}: the newest this application reads. */
  public static final String FORMAT_VERSION = "tenant.archive.formatVersion";

  public static final String SCHEMA_NEWER = "tenant.archive.schemaNewer";
  public static final String SCHEMA_OLDER = "tenant.archive.schemaOlder";
  public static final String SCHEMA_DIFFERENT = "tenant.archive.schemaDifferent";

  /** {0}: the table. */
  public static final String TABLE_MISSING = "tenant.archive.tableMissing";

  /** {0}: the table, {1}: the line. */
  public static final String ROW_MISMATCH = "tenant.archive.rowMismatch";

  /** {0}: the table, {1}: rows found, {2}: rows the manifest lists. */
  public static final String ROW_COUNT = "tenant.archive.rowCount";

  /** {0}: the table. */
  public static final String CHECKSUM = "tenant.archive.checksum";

  /** {0}: a file key of the manifest or a name under files/ that is not safe or not a key. */
  public static final String FILE_KEY = "tenant.archive.fileKey";

  /** {0}: an entry under files/ that the manifest does not list (or that is there twice). */
  public static final String FILE_UNLISTED = "tenant.archive.fileUnlisted";

  /** {0}: the key of a listed file that is not in the archive. */
  public static final String FILE_MISSING = "tenant.archive.fileMissing";

  /** {0}: the file's key, {1}: the bytes the manifest lists. */
  public static final String FILE_SIZE = "tenant.archive.fileSize";

  /** {0}: the file's key. */
  public static final String FILE_CHECKSUM = "tenant.archive.fileChecksum";

  public static final String SLUG_TAKEN = "tenant.archive.slugTaken";
  public static final String BEING_MOVED = "tenant.archive.beingMoved";
  public static final String SAME_SERVER = "tenant.move.sameServer";
  public static final String TARGET_HAS_SCHEMA = "tenant.move.targetHasSchema";
  public static final String NOT_MOVING = "tenant.move.notMoving";
  public static final String MOVE_RUNNING = "tenant.move.running";
  public static final String UNKNOWN_TENANT = "tenant.archive.unknownTenant";

  /** {0}: the tenant's status. */
  public static final String NOT_EXPORTABLE = "tenant.archive.notExportable";

  public static final String SCHEMA_BEHIND = "tenant.archive.schemaBehind";

  private ArchiveRefusal() {}

  /** The exception that refuses an archive for one reason. */
  static ValidationException of(String messageKey, Object... arguments) {
    return on(FIELD, messageKey, arguments);
  }

  static ValidationException on(String field, String messageKey, Object... arguments) {
    return ValidationException.of(field, messageKey, arguments);
  }
}
