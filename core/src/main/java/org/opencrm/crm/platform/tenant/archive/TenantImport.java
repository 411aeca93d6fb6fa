package org.opencrm.crm.platform.tenant.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.opencrm.crm.platform.dbserver.DatabaseServerRegistry;
import org.opencrm.crm.platform.dbserver.DatabaseServers;
import org.opencrm.crm.platform.files.FileStore;
import org.opencrm.crm.platform.migration.SchemaMigrator;
import org.opencrm.crm.platform.persistence.DatabaseNames;
import org.opencrm.crm.platform.tenant.TenantProvisioning;
import org.opencrm.crm.platform.tenant.TenantRef;
import org.opencrm.crm.platform.tenant.TenantRegistry;
import org.opencrm.crm.platform.tenant.TenantSlug;
import org.opencrm.crm.platform.tenant.TenantStatus;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * Creates a new tenant from an archive. The whole archive is checked first, so a refused one
 * creates nothing; then creation goes control row (PROVISIONING) → schema → tenant changelog →
 * every table emptied of the changelog's default rows → the archive's rows, in batches, with
 * foreign key checks off → row counts and checksums read back from the new schema compared with the
 * manifest → secrets of the source withdrawn → the archive's files into the file store under the
 * new tenant, each checked again as kept → ACTIVE. A failure after the control row exists removes
 * the new tenant's files and leaves the tenant FAILED with the reason, never loggable-into;
 * deleting it removes the rest.
 */
@ApplicationScoped
public class TenantImport {

  private static final Logger LOG = Logger.getLogger(TenantImport.class.getName());

  private static final int ROWS_PER_BATCH = 1_000;
  private static final int ROWS_PER_COMMIT = 20_000;

  @Inject TenantRegistry registry;
  @Inject TenantProvisioning provisioning;
  @Inject SchemaMigrator migrator;

  @Inject DatabaseServers servers;
  @Inject DatabaseServerRegistry placement;
  @Inject FileStore files;

  private volatile List<String> changesets;

  /**
   * Imports the archive as a new tenant.
   *
   * @param archive the archive file (read twice: checked, then loaded)
   * @param slug the new tenant's slug, which no tenant may have
   * @param displayName the new tenant's name
   * @param dbServer the database server to place it on; null for the least loaded one with room
   * @throws ValidationException when the slug, the name or the archive is refused; nothing was
   *     created
   * @throws TenantImportException when the import failed after creating the tenant, which is left
   *     FAILED
   */
  public TenantRef importArchive(Path archive, String slug, String displayName, String dbServer) {
    String server = checkNewTenant(slug, displayName, dbServer);
    try (ValidatedArchive validated = validator().validate(archive)) {
      TenantRef tenant = register(slug, displayName.strip(), server);
      long start = System.nanoTime();
      try {
        loadInto(validated, server, tenant.schemaName(), true);
        ArchiveFiles.restore(validated, files, tenant.slug());
        registry.markSchemaVersion(tenant.id(), provisioning.currentSchemaVersion());
        registry.changeStatus(tenant.id(), TenantStatus.ACTIVE, null);
      } catch (RuntimeException | SQLException | IOException e) {
        String reason = SchemaMigrator.rootMessage(e);
        LOG.log(Level.WARNING, "Importing tenant " + slug + " failed", e);
        ArchiveFiles.removeAll(files, tenant.slug(), e);
        registry.changeStatus(tenant.id(), TenantStatus.FAILED, "Import failed: " + reason);
        throw new TenantImportException(slug, reason, e);
      }
      LOG.info(
          () ->
              "Tenant "
                  + slug
                  + " imported from an archive of "
                  + validated.manifest().sourceSlug()
                  + ": "
                  + validated.manifest().totalRows()
                  + " rows and "
                  + validated.manifest().fileCount()
                  + " files in "
                  + (System.nanoTime() - start) / 1_000_000
                  + " ms after checking the archive");
      return registry.findById(tenant.id()).orElseThrow();
    }
  }

  /** The validator for this application's tenant schema version. */
  ArchiveValidator validator() {
    if (changesets == null) {
      changesets =
          ApplicationChangesets.of(SchemaMigrator.TENANT_CHANGELOG, getClass().getClassLoader());
    }
    return new ArchiveValidator(provisioning.currentSchemaVersion(), changesets, files::isKey);
  }

  /**
   * Makes the schema on the server, brings it to this application's changelog, loads the archive's
   * rows and checks every table's row count and checksum against the manifest.
   *
   * @param asCopy whether the archive becomes another tenant (an import), whose credentials handed
   *     out for the source are withdrawn; a moved tenant keeps them
   */
  void loadInto(ValidatedArchive validated, String server, String schema, boolean asCopy)
      throws SQLException, IOException {
    migrator.createSchema(server, schema);
    migrator.update(server, schema, SchemaMigrator.TENANT_CHANGELOG, getClass().getClassLoader());
    load(validated, servers.direct(server), schema, asCopy);
  }

  /** Checks the new tenant's slug and name; returns the database server it is to go to. */
  private String checkNewTenant(String slug, String displayName, String dbServer) {
    List<FieldError> errors = new ArrayList<>();
    String server = null;
    try {
      server = placement.place(dbServer).code();
    } catch (ValidationException e) {
      errors.addAll(e.errors());
    }
    String slugProblem = TenantSlug.problem(slug);
    if (slugProblem != null) {
      errors.add(FieldError.of("slug", slugProblem));
    } else if (registry.findBySlug(slug).isPresent()
        || (server != null && schemaExists(server, DatabaseNames.tenantSchema(slug)))) {
      errors.add(FieldError.of("slug", ArchiveRefusal.SLUG_TAKEN));
    }
    if (displayName == null || displayName.isBlank()) {
      errors.add(FieldError.of("displayName", "field.required"));
    } else if (displayName.strip().length() > 200) {
      errors.add(FieldError.of("displayName", "field.tooLong", 200));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return server;
  }

  /** A schema left without a tenant (by hand, or a failed deletion) is never reused. */
  boolean schemaExists(String server, String schema) {
    try (Connection c = servers.direct(server).getConnection()) {
      return SchemaInspector.schemaExists(c, schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot look for schema " + schema, e);
    }
  }

  /** The control row; the slug's unique key settles a race with another import or creation. */
  private TenantRef register(String slug, String displayName, String server) {
    try {
      Long id = registry.registerNew(slug, displayName).getId();
      registry.placeOn(id, server);
      return registry.findById(id).orElseThrow();
    } catch (RuntimeException e) {
      if (registry.findBySlug(slug).isPresent()) {
        throw ArchiveRefusal.on("slug", ArchiveRefusal.SLUG_TAKEN);
      }
      throw e;
    }
  }

  private void load(ValidatedArchive archive, DataSource server, String schema, boolean asCopy)
      throws SQLException, IOException {
    ArchiveManifest manifest = archive.manifest();
    try (BulkSession session = BulkSession.loading(server, schema)) {
      Connection c = session.connection();
      requireSameSchema(c, schema, manifest);
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (ArchiveTable table : manifest.tables()) {
          s.executeUpdate("DELETE FROM " + TableCodec.quoted(table.name()));
        }
      }
      c.commit();
      for (ArchiveTable table : manifest.tables()) {
        insertRows(c, archive, table);
      }
      c.setAutoCommit(true);
      for (ArchiveTable expected : manifest.tables()) {
        ArchiveTable loaded = new TableCodec(expected).readRows(c, null);
        if (loaded.rows() != expected.rows() || !loaded.sha256().equals(expected.sha256())) {
          throw new IllegalStateException(
              "Table "
                  + expected.name()
                  + " holds "
                  + loaded.rows()
                  + " rows (checksum "
                  + loaded.sha256()
                  + ") after loading "
                  + expected.rows()
                  + " rows (checksum "
                  + expected.sha256()
                  + ")");
        }
      }
      if (asCopy) {
        ImportedCredentials.withdraw(c, Instant.now());
      }
    }
  }

  /**
   * The new schema must have exactly the archive's tables and columns and the same changesets; with
   * equal schema versions it does, unless something besides the tenant changelog made tables in the
   * source (a plugin), which this version does not carry over.
   */
  private static void requireSameSchema(Connection c, String schema, ArchiveManifest manifest)
      throws SQLException {
    Map<String, ArchiveTable> created =
        SchemaInspector.tables(c, schema).stream()
            .collect(Collectors.toMap(ArchiveTable::name, Function.identity()));
    for (ArchiveTable table : manifest.tables()) {
      ArchiveTable twin = created.remove(table.name());
      if (twin == null || !twin.sameShapeAs(table)) {
        throw new IllegalStateException(
            "Table " + table.name() + " of the archive differs from the new schema's: " + twin);
      }
    }
    if (!created.isEmpty()) {
      throw new IllegalStateException("The archive has no rows for tables " + created.keySet());
    }
    List<String> applied = SchemaInspector.appliedChangesets(c, schema);
    if (!new HashSet<>(applied).equals(new HashSet<>(manifest.changesets()))) {
      throw new IllegalStateException(
          "The new schema's changesets " + applied + " differ from the archive's");
    }
  }

  private static void insertRows(Connection c, ValidatedArchive archive, ArchiveTable table)
      throws SQLException, IOException {
    TableCodec codec = new TableCodec(table);
    try (PreparedStatement insert = c.prepareStatement(codec.insertSql());
        BufferedReader lines = archive.lines(table)) {
      long rows = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        codec.bind(insert, codec.decode(line));
        insert.addBatch();
        rows++;
        if (rows % ROWS_PER_BATCH == 0) {
          insert.executeBatch();
        }
        if (rows % ROWS_PER_COMMIT == 0) {
          c.commit();
        }
      }
      insert.executeBatch();
      c.commit();
    }
  }
}
