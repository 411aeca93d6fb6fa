package org.opencrm.crm.platform.tenant.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.opencrm.crm.platform.dbserver.DatabaseServers;
import org.opencrm.crm.platform.files.FileStore;
import org.opencrm.crm.platform.tenant.TenantProvisioning;
import org.opencrm.crm.platform.tenant.TenantRef;
import org.opencrm.crm.platform.tenant.TenantRegistry;
import org.opencrm.crm.platform.tenant.TenantStatus;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * Writes a tenant to an archive, streaming: each table is read in primary-key order, one row at a
 * time, and written to the ZIP stream as it comes, then every file of the tenant's file store, a
 * buffer at a time, so the tenant's size does not matter to memory. All tables are read in one
 * consistent snapshot while users keep working; the files are listed once that snapshot is taken
 * and copied after it is closed, so a long copy holds no transaction open. The manifest goes last,
 * when the counts and checksums are known (ZIP readers find entries by the central directory, not
 * by their order).
 */
@ApplicationScoped
public class TenantExport {

  private static final Logger LOG = Logger.getLogger(TenantExport.class.getName());

  @Inject TenantRegistry registry;
  @Inject TenantProvisioning provisioning;

  @Inject DatabaseServers servers;
  @Inject FileStore files;

  /**
   * The tenant with this slug, if it can be exported now.
   *
   * @throws ValidationException for an unknown tenant, one not (yet) fully created, or one whose
   *     schema is behind this application's
   */
  public TenantRef exportable(String slug) {
    TenantRef tenant =
        registry
            .findBySlug(slug)
            .orElseThrow(() -> ArchiveRefusal.on("slug", ArchiveRefusal.UNKNOWN_TENANT, slug));
    if (tenant.status() != TenantStatus.ACTIVE && tenant.status() != TenantStatus.SUSPENDED) {
      throw ArchiveRefusal.on("slug", ArchiveRefusal.NOT_EXPORTABLE, tenant.status().name());
    }
    if (!provisioning.currentSchemaVersion().equals(tenant.schemaVersion())) {
      throw ArchiveRefusal.on("slug", ArchiveRefusal.SCHEMA_BEHIND);
    }
    return tenant;
  }

  /**
   * Writes the archive of an active or suspended tenant to the stream (left open), then records the
   * export time on the tenant.
   *
   * @throws ValidationException for an unknown tenant, one not (yet) fully created, or one whose
   *     schema is behind this application's (it is brought up to date in the background soon)
   * @throws IOException when the stream fails; the tenant's export time is then left as it was
   */
  public ArchiveManifest export(String slug, OutputStream out) throws IOException {
    return export(slug, out, true);
  }

  /**
   * Writes the archive, with the tenant's files or without them (a move to another database server
   * leaves them where they are: the file store is the installation's, not a database server's).
   */
  ArchiveManifest export(String slug, OutputStream out, boolean withFiles) throws IOException {
    TenantRef tenant = exportable(slug);
    String schemaVersion = tenant.schemaVersion();
    long start = System.nanoTime();
    Instant exportedAt = Instant.now();
    BufferedOutputStream buffered =
        new BufferedOutputStream(new KeepOpenOutputStream(out), 1 << 16);
    ArchiveManifest manifest;
    try (ZipOutputStream zip = new ZipOutputStream(buffered)) {
      List<String> changesets;
      List<ArchiveTable> tables = new ArrayList<>();
      zip.putNextEntry(new ZipEntry(ArchiveFormat.FILES));
      zip.closeEntry();
      try (BulkSession session =
          BulkSession.reading(servers.direct(tenant.dbServer()), tenant.schemaName())) {
        session.beginSnapshot();
        changesets = SchemaInspector.appliedChangesets(session.connection(), tenant.schemaName());
        for (ArchiveTable table :
            SchemaInspector.tables(session.connection(), tenant.schemaName())) {
          TableCodec codec = codecFor(table);
          zip.putNextEntry(new ZipEntry(table.entry()));
          tables.add(codec.readRows(session.connection(), zip));
          zip.closeEntry();
        }
      }
      List<ArchiveFile> written =
          withFiles ? ArchiveFiles.write(files, tenant.slug(), zip) : List.of();
      manifest =
          new ArchiveManifest(
              ArchiveFormat.NAME,
              ArchiveFormat.VERSION,
              schemaVersion,
              changesets,
              tenant.slug(),
              tenant.displayName(),
              exportedAt,
              tables,
              written);
      zip.putNextEntry(new ZipEntry(ArchiveFormat.MANIFEST));
      manifest.write(zip);
      zip.closeEntry();
      zip.finish();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot export tenant " + slug + ": " + e.getMessage(), e);
    }
    registry.markExported(tenant.id(), exportedAt);
    LOG.info(
        () ->
            "Tenant "
                + slug
                + " exported: "
                + manifest.tables().size()
                + " tables, "
                + manifest.totalRows()
                + " rows, "
                + manifest.fileCount()
                + " files of "
                + manifest.totalFileBytes()
                + " bytes in "
                + (System.nanoTime() - start) / 1_000_000
                + " ms");
    return manifest;
  }

  private static TableCodec codecFor(ArchiveTable table) {
    try {
      return new TableCodec(table);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "Cannot export table " + table.name() + ": " + e.getMessage());
    }
  }
}
