package org.opencrm.crm.platform.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.opencrm.crm.platform.dbserver.DatabaseServer;
import org.opencrm.crm.platform.persistence.DatabaseNames;

/** Brings the control schema up to date; both applications call this once at start-up. */
@ApplicationScoped
public class ControlSchema {

  private static final Logger LOG = Logger.getLogger(ControlSchema.class.getName());

  @Inject SchemaMigrator migrator;

  public void ensureCurrent() {
    String schema = DatabaseNames.controlSchema();
    long start = System.nanoTime();
    migrator.createSchema(DatabaseServer.DEFAULT, schema);
    migrator.update(
        DatabaseServer.DEFAULT,
        schema,
        SchemaMigrator.CONTROL_CHANGELOG,
        ControlSchema.class.getClassLoader());
    LOG.info(
        () ->
            "Control schema "
                + schema
                + " is current ("
                + (System.nanoTime() - start) / 1_000_000
                + " ms)");
  }
}
