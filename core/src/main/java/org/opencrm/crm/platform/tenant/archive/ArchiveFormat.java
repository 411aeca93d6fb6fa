package org.opencrm.crm.platform.tenant.archive;

import java.util.regex.Pattern;

/**
 * The names and the version of the tenant archive format. An archive is a ZIP file with {@code
 * manifest.json}, one {@code tables/<table>.jsonl} file per table and the tenant's files under
 * {@code files/<key>}; the version is raised whenever a reader of the previous version could
 * misread an archive.
 *
 * <p>Version 1 had no files: its {@code files/} folder is empty and its manifest counts zero files.
 * Version 2 lists every file with its key, size and SHA-256. This application reads both.
 */
public final class ArchiveFormat {

  /** The {@code format} of every manifest; an archive without it is not a tenant archive. */
  public static final String NAME = "opencrm-tenant-archive";

  /** The version this application writes and the newest it reads. */
  public static final int VERSION = 2;

  /** The first version whose manifest lists files. */
  public static final int FILES_LISTED_SINCE = 2;

  public static final String MANIFEST = "manifest.json";
  public static final String TABLES = "tables/";
  public static final String FILES = "files/";

  /** The longest file key an archive may hold. */
  public static final int KEY_LIMIT = 255;

  /** One part of a key between slashes: letters, digits, dot, dash and underscore. */
  private static final Pattern KEY_PART = Pattern.compile("[A-Za-z0-9._-]+");

  private ArchiveFormat() {}

  /** The archive entry holding the rows of a table. */
  public static String tableEntry(String table) {
    return TABLES + table + ".jsonl";
  }

  /** The archive entry holding the bytes of a file. */
  public static String fileEntry(String key) {
    return FILES + key;
  }

  /**
   * Whether a file key is safe to take from an archive: relative, at most {@value #KEY_LIMIT}
   * characters, parts of letters, digits, {@code . _ -} separated by single slashes, and no part
   * {@code .} or {@code ..}. So no key names a place outside the tenant's folder, whatever store or
   * system it is written to.
   */
  public static boolean isSafeKey(String key) {
    if (key == null || key.isEmpty() || key.length() > KEY_LIMIT) {
      return false;
    }
    for (String part : key.split("/", -1)) {
      if (!KEY_PART.matcher(part).matches() || part.equals(".") || part.equals("..")) {
        return false;
      }
    }
    return true;
  }
}
