package org.opencrm.crm.platform.tenant.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencrm.crm.platform.dbserver.DatabaseServer;
import org.opencrm.crm.platform.dbserver.DatabaseServerRegistry;
import org.opencrm.crm.platform.dbserver.DatabaseServers;
import org.opencrm.crm.platform.i18n.StoredText;
import org.opencrm.crm.platform.migration.SchemaMigrator;
import org.opencrm.crm.platform.tenant.TenantMoveStep;
import org.opencrm.crm.platform.tenant.TenantRef;
import org.opencrm.crm.platform.tenant.TenantRegistry;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * Moves a tenant to another database server: read-only → export → import on the target → verify →
 * switch → drop the old schema. The tenant's data is read-only from the export's start to the
 * switch (its users keep reading; every write is refused by the database itself), and that window
 * is reported. A failure before the switch drops what was made on the target and leaves the tenant
 * where it was, writable again; nothing is lost in either case. The tenant's files stay where they
 * are: the file store is the installation's, shared by every database server, and the tenant keeps
 * its slug, by which the store knows it.
 */
@ApplicationScoped
public class TenantMove {

  private static final Logger LOG = Logger.getLogger(TenantMove.class.getName());

  @Inject TenantRegistry registry;
  @Inject TenantExport exports;
  @Inject TenantImport imports;
  @Inject SchemaMigrator migrator;
  @Inject DatabaseServers servers;
  @Inject DatabaseServerRegistry placement;

  /**
   * What a finished move took.
   *
   * @param readOnly from the start of the read-only state to the switch
   * @param rows rows copied
   * @param oldSchemaLeft a note when the old schema could not be dropped (the tenant is fine)
   */
  public record Result(Duration readOnly, Duration total, long rows, String oldSchemaLeft) {}

  /**
   * Whether the tenant may be moved to the server now; returns it.
   *
   * @throws ValidationException when the tenant or the server is unknown, the server is the
   *     tenant's own or full or unreachable, a schema of that name is already there, or the tenant
   *     cannot be exported now
   */
  public TenantRef check(String slug, String target) {
    TenantRef tenant = exports.exportable(slug);
    if (tenant.readOnly()) {
      throw ArchiveRefusal.on("slug", ArchiveRefusal.BEING_MOVED);
    }
    if (target != null && target.equals(tenant.dbServer())) {
      throw ArchiveRefusal.on("dbServer", ArchiveRefusal.SAME_SERVER);
    }
    if (target == null || target.isBlank()) {
      throw ValidationException.of("dbServer", "field.required");
    }
    String server = placement.place(target).code();
    String here = servers.identity(tenant.dbServer());
    if (here != null && here.equals(servers.identity(server))) {
      // One server registered twice: its "other" copy of the schema is the company's live data.
      throw ValidationException.of("dbServer", "tenant.move.sameServer");
    }
    try {
      if (imports.schemaExists(server, tenant.schemaName())) {
        throw ArchiveRefusal.on("dbServer", ArchiveRefusal.TARGET_HAS_SCHEMA, tenant.schemaName());
      }
    } catch (IllegalStateException e) {
      throw ValidationException.of(
          "dbServer", "dbServer.unreachable", server, SchemaMigrator.rootMessage(e));
    }
    return tenant;
  }

  /**
   * How long writes that began before the read-only state are given to finish: {@code
   * crm.move.settle-ms} or {@code CRM_MOVE_SETTLE_MS}, 2 seconds by default (longer than any
   * request of the tenant application should take to commit).
   */
  public static Duration settleTime() {
    String value = System.getProperty("crm.move.settle-ms", System.getenv("CRM_MOVE_SETTLE_MS"));
    try {
      return Duration.ofMillis(value == null ? 2000 : Math.max(0, Long.parseLong(value.strip())));
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(2);
    }
  }

  /**
   * Whether a move of the tenant with this schema runs now, on any node: every move holds a
   * database lock named after the schema on the control schema's server for its whole run.
   */
  public boolean running(String schema) {
    try (Connection c = servers.direct(DatabaseServer.DEFAULT).getConnection();
        PreparedStatement s = c.prepareStatement("SELECT IS_USED_LOCK(?)")) {
      s.setString(1, lockName(schema));
      try (ResultSet r = s.executeQuery()) {
        return r.next() && r.getObject(1) != null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot tell whether a move of " + schema + " runs", e);
    }
  }

  /** The lock of a move, held on its own connection; null when another move holds it. */
  private Connection takeLock(String schema) throws SQLException {
    Connection c = servers.direct(DatabaseServer.DEFAULT).getConnection();
    try (PreparedStatement s = c.prepareStatement("SELECT GET_LOCK(?, 0)")) {
      s.setString(1, lockName(schema));
      try (ResultSet r = s.executeQuery()) {
        if (r.next() && r.getInt(1) == 1) {
          return c;
        }
      }
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw e;
    }
    c.close();
    return null;
  }

  private static void releaseLock(Connection lock, String schema) {
    try (lock;
        PreparedStatement s = lock.prepareStatement("SELECT RELEASE_LOCK(?)")) {
      s.setString(1, lockName(schema));
      s.executeQuery().close();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Cannot release the move lock of " + schema, e);
    }
  }

  /** Lock names are at most 64 characters. */
  private static String lockName(String schema) {
    String name = "crm-move-" + schema;
    return name.length() <= 64 ? name : name.substring(name.length() - 64);
  }

  /**
   * Moves the tenant; returns when it is done, or throws when it failed (the tenant is then back to
   * normal on its old server, with the reason in its move message).
   *
   * @param settle how long writes that started before the read-only state are given to finish
   */
  public Result move(String slug, String target, Duration settle) {
    TenantRef tenant = check(slug, target);
    long start = System.nanoTime();
    String source = tenant.dbServer();
    String schema = tenant.schemaName();
    Connection lock;
    try {
      lock = takeLock(schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take the move lock of " + schema, e);
    }
    if (lock == null) {
      throw ArchiveRefusal.on("slug", ArchiveRefusal.MOVE_RUNNING);
    }
    Instant readOnlySince;
    try {
      readOnlySince = registry.startMove(tenant.id(), target).readOnlySince();
    } catch (RuntimeException e) {
      // Read-only since a moment ago (a move that was cut off, given up meanwhile or not).
      releaseLock(lock, schema);
      throw ArchiveRefusal.on("slug", ArchiveRefusal.BEING_MOVED);
    }
    boolean targetTouched = false;
    Path file = null;
    try {
      Thread.sleep(settle.toMillis());
      registry.reachMoveStep(tenant.id(), TenantMoveStep.EXPORT);
      file = Files.createTempFile("crm-move-" + slug + "-", ".zip");
      ArchiveManifest manifest;
      try (OutputStream out = Files.newOutputStream(file)) {
        manifest = exports.export(slug, out, false);
      }
      registry.reachMoveStep(tenant.id(), TenantMoveStep.IMPORT);
      targetTouched = true;
      try (ValidatedArchive validated = imports.validator().validate(file)) {
        imports.loadInto(validated, target, schema, false);
      }
      registry.reachMoveStep(tenant.id(), TenantMoveStep.VERIFY);
      verify(source, target, schema, manifest);
      Duration readOnly = Duration.between(readOnlySince, Instant.now());
      registry.finishMove(
          tenant.id(), StoredText.of("tenant.move.doneText", source, target, readOnly.toMillis()));
      String left = dropOld(tenant, source, settle);
      Duration total = Duration.ofNanos(System.nanoTime() - start);
      LOG.info(
          () ->
              "Tenant "
                  + slug
                  + " moved from "
                  + source
                  + " to "
                  + target
                  + ": "
                  + manifest.totalRows()
                  + " rows, read-only for "
                  + readOnly.toMillis()
                  + " ms, "
                  + total.toMillis()
                  + " ms in all");
      return new Result(readOnly, total, manifest.totalRows(), left);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw giveUp(tenant, target, targetTouched, e);
    } catch (IOException | SQLException | RuntimeException e) {
      throw giveUp(tenant, target, targetTouched, e);
    } finally {
      releaseLock(lock, schema);
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          LOG.log(Level.WARNING, "Cannot delete the move's archive " + file, e);
        }
      }
    }
  }

  /**
   * Ends a move that was cut off (the console's server stopped in the middle): the tenant stays on
   * its old server and may be written again; a half-made schema on the target is dropped.
   *
   * @throws ValidationException when the tenant is not being moved, or its move still runs
   */
  public void abandon(String slug) {
    TenantRef tenant =
        registry
            .findBySlug(slug)
            .orElseThrow(() -> ArchiveRefusal.on("slug", ArchiveRefusal.UNKNOWN_TENANT, slug));
    if (!tenant.readOnly()) {
      throw ArchiveRefusal.on("slug", ArchiveRefusal.NOT_MOVING);
    }
    if (running(tenant.schemaName())) {
      throw ArchiveRefusal.on("slug", ArchiveRefusal.MOVE_RUNNING);
    }
    String target = registry.find(tenant.id()).map(t -> t.getMoveTarget()).orElse(null);
    if (target != null && !target.equals(tenant.dbServer())) {
      dropQuietly(target, tenant.schemaName());
    }
    registry.abortMove(tenant.id(), StoredText.of("tenant.move.givenUpText"));
  }

  /** Every table has as many rows on the target as the source has (both are frozen now). */
  private void verify(String source, String target, String schema, ArchiveManifest manifest)
      throws SQLException {
    try (Connection from = servers.direct(source).getConnection();
        Connection to = servers.direct(target).getConnection()) {
      for (ArchiveTable table : manifest.tables()) {
        long before = count(from, schema, table.name());
        long after = count(to, schema, table.name());
        if (before != after || after != table.rows()) {
          throw new IllegalStateException(
              "Table "
                  + table.name()
                  + " has "
                  + after
                  + " rows on the target, "
                  + before
                  + " on the source");
        }
      }
    }
  }

  private static long count(Connection c, String schema, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("SELECT COUNT(*) FROM `" + schema + "`." + TableCodec.quoted(table))) {
      r.next();
      return r.getLong(1);
    }
  }

  private String dropOld(TenantRef tenant, String source, Duration settle) {
    try {
      // Reads that started on the old server before the switch may still be running.
      Thread.sleep(settle.toMillis());
      migrator.dropSchema(source, tenant.schemaName());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "The old schema was left on " + source + " (interrupted)";
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot drop the old schema of " + tenant.slug(), e);
      return "The old schema was left on " + source + ": " + SchemaMigrator.rootMessage(e);
    }
  }

  private RuntimeException giveUp(
      TenantRef tenant, String target, boolean targetTouched, Exception e) {
    LOG.log(Level.WARNING, "Moving tenant " + tenant.slug() + " to " + target + " failed", e);
    if (targetTouched) {
      dropQuietly(target, tenant.schemaName());
    }
    String reason = SchemaMigrator.rootMessage(e);
    registry.abortMove(tenant.id(), StoredText.of("tenant.move.failedText", target, reason));
    return e instanceof ValidationException v
        ? v
        : new TenantMoveException(tenant.slug(), reason, e);
  }

  private void dropQuietly(String server, String schema) {
    try {
      migrator.dropSchema(server, schema);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot drop schema " + schema + " on " + server, e);
    }
  }
}
