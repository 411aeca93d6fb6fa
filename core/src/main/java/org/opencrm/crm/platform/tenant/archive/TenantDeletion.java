package org.opencrm.crm.platform.tenant.archive;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.opencrm.crm.platform.migration.SchemaMigrator;
import org.opencrm.crm.platform.persistence.DatabaseNames;
import org.opencrm.crm.platform.security.LoginThrottle;
import org.opencrm.crm.platform.tenant.TenantRef;
import org.opencrm.crm.platform.tenant.TenantRegistry;
import org.opencrm.crm.platform.tenant.TenantStatus;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * Deletes a tenant: its schema and everything the control schema keeps about it. The tenant is
 * first marked FAILED, so nobody logs in while it goes; then its schema is dropped; then its
 * control rows go in one transaction: rows of every control table with a foreign key to the tenant
 * (found in {@code information_schema}, so tables added later are included), its login throttling
 * entries, and its registry row; then its files in the file store. A failure half-way leaves a
 * FAILED tenant, and deleting it again finishes the job. Only the tenant's own schema, as its
 * registry row names it, is dropped.
 */
@ApplicationScoped
public class TenantDeletion {

  private static final Logger LOG = Logger.getLogger(TenantDeletion.class.getName());

  @Inject TenantRegistry registry;
  @Inject SchemaMigrator migrator;
  @Inject org.opencrm.crm.platform.files.FileStore files;

  @Resource(lookup = "java:jboss/datasources/CrmMigrationDS")
  DataSource bulk;

  /**
   * Deletes the tenant with this slug.
   *
   * @throws ValidationException when there is no such tenant
   */
  public void delete(String slug) {
    TenantRef tenant =
        registry
            .findBySlug(slug)
            .orElseThrow(() -> ArchiveRefusal.on("slug", ArchiveRefusal.UNKNOWN_TENANT, slug));
    String schema = tenant.schemaName();
    if (!schema.startsWith(DatabaseNames.tenantSchemaPrefix())
        || schema.equals(DatabaseNames.controlSchema())) {
      throw new IllegalStateException(
          "Tenant " + slug + " names schema " + schema + ", which is not a tenant schema");
    }
    if (tenant.readOnly()) {
      throw ArchiveRefusal.on("slug", ArchiveRefusal.BEING_MOVED);
    }
    registry.changeStatus(
        tenant.id(), TenantStatus.FAILED, "Being deleted; delete it again if this stays");
    migrator.dropSchema(tenant.dbServer(), schema);
    removeControlRows(tenant);
    try {
      // Its files (product images) go too, so a company later created at the same address
      // starts with an empty folder.
      files.deleteTenant(slug);
    } catch (java.io.IOException | RuntimeException e) {
      LOG.log(java.util.logging.Level.WARNING, "Files of tenant " + slug + " were not removed", e);
    }
    LOG.info(() -> "Tenant " + slug + " deleted with schema " + schema);
  }

  private void removeControlRows(TenantRef tenant) {
    String control = DatabaseNames.controlSchema();
    try (Connection c = bulk.getConnection()) {
      c.setCatalog(control);
      c.setAutoCommit(false);
      try {
        for (String[] reference : referencesToTenants(c, control)) {
          try (PreparedStatement s =
              c.prepareStatement(
                  "DELETE FROM "
                      + TableCodec.quoted(reference[0])
                      + " WHERE "
                      + TableCodec.quoted(reference[1])
                      + " = ?")) {
            s.setLong(1, tenant.id());
            s.executeUpdate();
          }
        }
        try (PreparedStatement s =
            c.prepareStatement("DELETE FROM login_throttle WHERE throttle_key LIKE ?")) {
          s.setString(1, LoginThrottle.loginKey(tenant.slug(), "") + "%");
          s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM tenant WHERE id = ?")) {
          s.setLong(1, tenant.id());
          s.executeUpdate();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot remove the control rows of tenant " + tenant.slug() + ": " + e.getMessage(), e);
    }
  }

  /** Table and column of every control-schema foreign key to {@code tenant.id}. */
  private static List<String[]> referencesToTenants(Connection c, String control)
      throws SQLException {
    List<String[]> references = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE"
                + " WHERE TABLE_SCHEMA = ? AND REFERENCED_TABLE_SCHEMA = ?"
                + " AND REFERENCED_TABLE_NAME = 'tenant' AND REFERENCED_COLUMN_NAME = 'id'"
                + " ORDER BY TABLE_NAME, COLUMN_NAME")) {
      s.setString(1, control);
      s.setString(2, control);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          references.add(new String[] {r.getString(1), r.getString(2)});
        }
      }
    }
    return references;
  }
}
