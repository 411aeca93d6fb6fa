package org.opencrm.crm.platform.tenant.archive;

/**
 * The names and the version of the tenant archive format. An archive is a ZIP file with {@code
 * manifest.json}, one {@code tables/<table>.jsonl} file per table and a {@code files/} folder; the
 * version is raised whenever a reader of the previous version could misread an archive.
 */
public final class ArchiveFormat {

  /** The {@code format} of every manifest; an archive without it is not a tenant archive. */
  public static final String NAME = "opencrm-tenant-archive";

  /** The version this application writes and the newest it reads. */
  public static final int VERSION = 1;

  public static final String MANIFEST = "manifest.json";
  public static final String TABLES = "tables/";
  public static final String FILES = "files/";

  private ArchiveFormat() {}

  /** The archive entry holding the rows of a table. */
  public static String tableEntry(String table) {
    return TABLES + table + ".jsonl";
  }
}
