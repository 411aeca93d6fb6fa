package org.opencrm.crm.platform.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencrm.crm.platform.dbserver.DatabaseServerRegistry;
import org.opencrm.crm.platform.migration.ChangelogVersion;
import org.opencrm.crm.platform.migration.SchemaMigrator;
import org.opencrm.crm.platform.security.UserAccount;
import org.opencrm.crm.platform.validation.EmailAddresses;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * Creates tenants and keeps their schemas current. Creation goes control row (PROVISIONING) →
 * schema → tenant changelog → default data and first administrator → ACTIVE. A failed step leaves
 * the tenant FAILED with its message, never half-usable (only ACTIVE tenants can be logged into),
 * and running the creation again resumes it.
 */
@ApplicationScoped
public class TenantProvisioning {

  private static final Logger LOG = Logger.getLogger(TenantProvisioning.class.getName());

  @Inject TenantRegistry registry;
  @Inject SchemaMigrator migrator;
  @Inject TenantWork work;
  @Inject TenantDefaults defaults;
  @Inject DatabaseServerRegistry servers;

  private volatile String tenantSchemaVersion;

  /** The fingerprint of the tenant changelog this application ships. */
  public String currentSchemaVersion() {
    if (tenantSchemaVersion == null) {
      tenantSchemaVersion =
          ChangelogVersion.of(SchemaMigrator.TENANT_CHANGELOG, getClass().getClassLoader());
    }
    return tenantSchemaVersion;
  }

  /**
   * Creates the tenant, or finishes creating it after an earlier failure. An already active tenant
   * with this slug is left as it is.
   */
  public TenantRef provision(NewTenant spec) {
    validate(spec);
    Tenant tenant = registry.register(spec.slug(), spec.displayName().strip());
    if (tenant.getStatus() == TenantStatus.ACTIVE || tenant.getStatus() == TenantStatus.SUSPENDED) {
      return tenant.ref();
    }
    TenantRef ref = tenant.ref();
    try {
      registry.changeStatus(ref.id(), TenantStatus.PROVISIONING, null);
      registry.reachStep(ref.id(), ProvisioningStep.REGISTERED);
      migrator.createSchema(ref.dbServer(), ref.schemaName());
      registry.reachStep(ref.id(), ProvisioningStep.SCHEMA);
      migrator.update(
          ref.dbServer(),
          ref.schemaName(),
          SchemaMigrator.TENANT_CHANGELOG,
          getClass().getClassLoader());
      registry.reachStep(ref.id(), ProvisioningStep.CHANGELOG);
      // Plugins enabled for the tenant bring their own changelogs (the plugin platform runs them
      // here once it exists; no plugin is enabled for a new tenant yet).
      registry.reachStep(ref.id(), ProvisioningStep.PLUGINS);
      work.inTenant(
          ref,
          null,
          () -> {
            defaults.apply(spec);
            return null;
          });
      registry.reachStep(ref.id(), ProvisioningStep.DEFAULTS);
      registry.markSchemaVersion(ref.id(), currentSchemaVersion());
      registry.changeStatus(ref.id(), TenantStatus.ACTIVE, null);
      registry.reachStep(ref.id(), ProvisioningStep.DONE);
      LOG.info(() -> "Tenant " + spec.slug() + " is active");
      return registry.findById(ref.id()).orElseThrow();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Creating tenant " + spec.slug() + " failed", e);
      registry.changeStatus(ref.id(), TenantStatus.FAILED, e.getMessage());
      throw e;
    }
  }

  /** Brings one tenant's schema to the application's version, unless it is already there. */
  public boolean migrateIfBehind(Tenant tenant) {
    String current = currentSchemaVersion();
    if (current.equals(tenant.getSchemaVersion())) {
      return false;
    }
    migrator.update(
        tenant.getDbServer(),
        tenant.getSchemaName(),
        SchemaMigrator.TENANT_CHANGELOG,
        getClass().getClassLoader());
    registry.markSchemaVersion(tenant.getId(), current);
    return true;
  }

  /** Migrates every active or suspended tenant that is behind; returns how many were. */
  public int migrateAllBehind() {
    int migrated = 0;
    for (Tenant t : registry.list()) {
      if (t.getStatus() != TenantStatus.ACTIVE && t.getStatus() != TenantStatus.SUSPENDED) {
        continue;
      }
      try {
        if (migrateIfBehind(t)) {
          migrated++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Migrating tenant " + t.getSlug() + " failed", e);
      }
    }
    return migrated;
  }

  /**
   * Checks a new tenant's data and registers it (PROVISIONING, nothing else made yet) on the
   * database server asked for, or the least loaded one with room when {@code dbServer} is null, so
   * the slug is taken at once; {@link #provision} does the rest. A FAILED tenant with this slug is
   * taken over for a retry.
   *
   * @throws ValidationException on bad data or a slug in use
   */
  public TenantRef register(NewTenant spec, String planCode, String dbServer) {
    validate(spec);
    Optional<TenantRef> existing = registry.findBySlug(spec.slug());
    if (existing.isPresent() && existing.get().status() != TenantStatus.FAILED) {
      throw new ValidationException(List.of(FieldError.of("slug", "tenant.slug.taken")));
    }
    // A retry stays on the server its first try used: part of its schema may be there.
    String server = existing.isPresent() ? null : servers.place(dbServer).code();
    Tenant tenant = registry.register(spec.slug(), spec.displayName().strip());
    if (server != null) {
      registry.placeOn(tenant.getId(), server);
    }
    if (planCode != null) {
      registry.changePlan(tenant.getId(), planCode);
    }
    return registry.findById(tenant.getId()).orElseThrow();
  }

  private static void validate(NewTenant spec) {
    List<FieldError> errors = problems(spec, true);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /**
   * Everything wrong with a new tenant's data at once (slug, name, e-mail and, when asked, the
   * password's length), so a form shows every message together.
   */
  public static List<FieldError> problems(NewTenant spec, boolean withPassword) {
    List<FieldError> errors = new ArrayList<>();
    String slugProblem = TenantSlug.problem(spec.slug());
    if (slugProblem != null) {
      errors.add(FieldError.of("slug", slugProblem));
    }
    if (spec.displayName() == null || spec.displayName().isBlank()) {
      errors.add(FieldError.of("displayName", "field.required"));
    } else if (spec.displayName().length() > 200) {
      errors.add(FieldError.of("displayName", "field.tooLong", 200));
    }
    if (!EmailAddresses.isValid(UserAccount.normalizeEmail(spec.adminEmail()))) {
      errors.add(FieldError.of("adminEmail", "email.invalid"));
    }
    if (withPassword && (spec.adminPassword() == null || spec.adminPassword().length() < 8)) {
      errors.add(FieldError.of("adminPassword", "password.tooShort", 8));
    }
    return errors;
  }
}
