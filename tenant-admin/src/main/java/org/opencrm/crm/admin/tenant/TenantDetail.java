package org.opencrm.crm.admin.tenant;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.opencrm.crm.admin.web.Console;
import org.opencrm.crm.platform.dbserver.DatabaseServer;
import org.opencrm.crm.platform.dbserver.DatabaseServerRegistry;
import org.opencrm.crm.platform.i18n.StoredText;
import org.opencrm.crm.platform.operator.OperatorAuditEntry;
import org.opencrm.crm.platform.operator.OperatorAuditLog;
import org.opencrm.crm.platform.plan.Plan;
import org.opencrm.crm.platform.plan.PlanCatalog;
import org.opencrm.crm.platform.tenant.NewTenant;
import org.opencrm.crm.platform.tenant.ProvisioningStep;
import org.opencrm.crm.platform.tenant.Tenant;
import org.opencrm.crm.platform.tenant.TenantCreation;
import org.opencrm.crm.platform.tenant.TenantMoveStep;
import org.opencrm.crm.platform.tenant.TenantProvisioning;
import org.opencrm.crm.platform.tenant.TenantRegistry;
import org.opencrm.crm.platform.tenant.TenantStatus;
import org.opencrm.crm.platform.tenant.archive.TenantMove;
import org.opencrm.crm.platform.usage.TenantUsage;
import org.opencrm.crm.platform.usage.UsageMeter;

/**
 * One tenant: its registry data, usage, creation progress, the operator actions that apply to its
 * status (suspend, resume, retry a failed creation, change plan, move to another database server)
 * and its audit trail.
 */
@Named
@ViewScoped
public class TenantDetail implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TenantRegistry registry;
  @Inject TenantProvisioning provisioning;
  @Inject TenantCreation creation;
  @Inject PlanCatalog plans;
  @Inject UsageMeter meter;
  @Inject OperatorAuditLog audit;
  @Inject Console console;
  @Inject org.opencrm.crm.platform.tenant.archive.TenantDeletion deletion;
  @Inject org.opencrm.crm.platform.plugins.TenantPlugins plugins;
  @Inject org.opencrm.crm.platform.migration.SchemaMigrator migrator;
  @Inject TenantMove moves;
  @Inject DatabaseServerRegistry servers;

  @Resource ManagedExecutorService executor;

  private Long id;
  private String reason = "";
  private String planCode;
  private String adminEmail = "";
  private String adminName = "";
  private String adminPassword = "";
  private TenantCreation.FirstLogin firstLogin = TenantCreation.FirstLogin.INVITE;
  private transient Tenant tenant;
  private transient String lockHolder;
  private String deleteConfirmation = "";
  private String moveTarget;

  /** Reads the id from the address; an unknown one shows "not found". */
  public void load() {
    String raw =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    try {
      id = raw == null ? null : Long.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      id = null;
    }
    Tenant t = getTenant();
    if (t != null) {
      planCode = t.getPlanCode();
    }
  }

  public Tenant getTenant() {
    if (tenant == null && id != null) {
      tenant = registry.find(id).orElse(null);
    }
    return tenant;
  }

  /** Re-reads the tenant (the progress poll). */
  public void refresh() {
    tenant = null;
  }

  public boolean isFound() {
    return getTenant() != null;
  }

  public boolean isCreating() {
    return isFound() && getTenant().getStatus() == TenantStatus.PROVISIONING;
  }

  public int getProgress() {
    ProvisioningStep step = getTenant().getProvisioningStep();
    return step == null ? 0 : step.percent();
  }

  public String getStepText() {
    ProvisioningStep step = getTenant().getProvisioningStep();
    return step == null ? "" : console.text("admin.step." + step.name());
  }

  /** Whether the tenant is read-only now (being moved, or a move was cut off). */
  public boolean isMoving() {
    return isFound() && getTenant().getReadOnlySince() != null;
  }

  /** A move whose application stopped in the middle: the operator may give it up. */
  public boolean isMoveStranded() {
    return isMoving() && !moves.running(getTenant().getSchemaName());
  }

  public String getMoveStepText() {
    String step = getTenant().getMoveStep();
    return step == null ? "" : console.text("admin.move.step." + step);
  }

  public int getMoveProgress() {
    String step = getTenant().getMoveStep();
    return step == null
        ? 0
        : TenantMoveStep.valueOf(step).ordinal() * 100 / TenantMoveStep.DONE.ordinal();
  }

  /** Servers the tenant could move to. */
  public List<DatabaseServer> getMoveTargets() {
    return servers.list().stream()
        .filter(s -> !s.code().equals(getTenant().getDbServer()))
        .toList();
  }

  /**
   * Checks the move and starts it in the background; the page polls its progress. The check's
   * refusals (full or unreachable server, a schema already there) are shown at once.
   */
  public void move() {
    Tenant t = getTenant();
    String target = moveTarget;
    Boolean started =
        console.act(
            "MOVE_TENANT",
            t.getId(),
            t.getSlug(),
            t.getDbServer() + " → " + target,
            "move",
            () -> {
              moves.check(t.getSlug(), target);
              String operator = console.getOperator().login();
              executor.execute(() -> runMove(t, target, operator));
              return Boolean.TRUE;
            });
    if (started != null) {
      waitUntilReadOnly();
      console.message(null, FacesMessage.SEVERITY_INFO, "admin.move.started", target);
      after(null);
    }
  }

  private void runMove(Tenant t, String target, String operator) {
    OperatorAuditEntry.Outcome outcome = OperatorAuditEntry.Outcome.OK;
    String said;
    try {
      TenantMove.Result result = moves.move(t.getSlug(), target, TenantMove.settleTime());
      said =
          result.oldSchemaLeft() == null
              ? StoredText.of("admin.move.doneAudit", result.readOnly().toMillis(), result.rows())
              : StoredText.of(
                  "admin.move.doneAuditLeft",
                  result.readOnly().toMillis(),
                  result.rows(),
                  result.oldSchemaLeft());
    } catch (RuntimeException e) {
      outcome = OperatorAuditEntry.Outcome.FAILED;
      said = String.valueOf(e.getMessage());
    }
    audit.record(
        operator,
        "MOVE_TENANT_DONE",
        t.getId(),
        t.getSlug(),
        t.getDbServer() + " → " + target,
        outcome,
        said,
        null);
  }

  /** The page shows the move from its first step on, not the state from before it began. */
  private void waitUntilReadOnly() {
    for (int i = 0; i < 50; i++) {
      tenant = null;
      Tenant t = getTenant();
      if (t.getReadOnlySince() != null || TenantMoveStep.FAILED.name().equals(t.getMoveStep())) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Gives up a move that was cut off: the tenant stays where it was and may be written again. */
  public void abandonMove() {
    Tenant t = getTenant();
    console.act(
        "ABANDON_MOVE",
        t.getId(),
        t.getSlug(),
        t.getMoveTarget(),
        null,
        () -> {
          moves.abandon(t.getSlug());
          return Boolean.TRUE;
        });
    tenant = null;
  }

  public String getMoveTarget() {
    return moveTarget;
  }

  public void setMoveTarget(String moveTarget) {
    this.moveTarget = moveTarget;
  }

  public boolean isCurrentSchema() {
    return provisioning.currentSchemaVersion().equals(getTenant().getSchemaVersion());
  }

  public TenantUsage getUsage() {
    return meter.latest().get(id);
  }

  public Plan getPlan() {
    return plans.find(getTenant().getPlanCode()).orElse(null);
  }

  public List<Plan> getPlans() {
    return plans.list();
  }

  public List<OperatorAuditEntry> getTrail() {
    return audit.ofTenant(id, getTenant().getSlug(), 200);
  }

  /** Who holds the tenant schema's Liquibase lock, or null when it is free. */
  public String getLockHolder() {
    if (lockHolder == null) {
      lockHolder =
          migrator.lockHolder(getTenant().getDbServer(), getTenant().getSchemaName()).orElse("");
    }
    return lockHolder.isEmpty() ? null : lockHolder;
  }

  /** Releases a Liquibase lock a crashed migration left behind. */
  public void releaseLock() {
    Tenant t = getTenant();
    console.act(
        "RELEASE_LOCK",
        t.getId(),
        t.getSlug(),
        getLockHolder(),
        null,
        () -> migrator.releaseStuckLock(t.getDbServer(), t.getSchemaName()));
    lockHolder = null;
    after("admin.lock.released");
  }

  public List<org.opencrm.crm.platform.plugins.PluginState> getPlugins() {
    return plugins.of(id);
  }

  public void enablePlugin(String pluginId) {
    Tenant t = getTenant();
    console.act(
        "ENABLE_PLUGIN",
        t.getId(),
        t.getSlug(),
        pluginId,
        null,
        () -> {
          plugins.enable(t.getId(), pluginId);
          return true;
        });
    after("admin.plugin.enabled");
  }

  public void disablePlugin(String pluginId) {
    Tenant t = getTenant();
    console.act(
        "DISABLE_PLUGIN",
        t.getId(),
        t.getSlug(),
        pluginId,
        null,
        () -> {
          plugins.disable(t.getId(), pluginId);
          return true;
        });
    after("admin.plugin.disabled");
  }

  /**
   * Deletes the tenant after the operator typed its address: schema and control rows go, its audit
   * trail stays. Other tenants are never touched.
   */
  public void delete() throws java.io.IOException {
    Tenant t = getTenant();
    Boolean deleted =
        console.act(
            "DELETE",
            t.getId(),
            t.getSlug(),
            t.getLastExportedAt() == null
                ? StoredText.of("admin.delete.neverExported")
                : StoredText.of("admin.delete.exportedAt", console.time(t.getLastExportedAt())),
            "delete",
            () -> {
              if (!t.getSlug()
                  .equals(deleteConfirmation == null ? "" : deleteConfirmation.strip())) {
                throw new org.opencrm.crm.platform.validation.ValidationException(
                    List.of(
                        org.opencrm.crm.platform.validation.FieldError.of(
                            "confirm", "admin.delete.mismatch")));
              }
              deletion.delete(t.getSlug());
              return true;
            });
    if (Boolean.TRUE.equals(deleted)) {
      console.message(null, FacesMessage.SEVERITY_INFO, "admin.delete.done", t.getSlug());
      var external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().setKeepMessages(true);
      external.redirect(external.getRequestContextPath() + "/console/tenants.xhtml");
    }
  }

  public String getDeleteConfirmation() {
    return deleteConfirmation;
  }

  public void setDeleteConfirmation(String deleteConfirmation) {
    this.deleteConfirmation = deleteConfirmation;
  }

  public void suspend() {
    Tenant t = getTenant();
    console.act(
        "SUSPEND",
        t.getId(),
        t.getSlug(),
        reason,
        "status",
        () -> {
          registry.suspend(t.getId(), reason);
          return true;
        });
    after("admin.tenant.suspended");
  }

  public void resume() {
    Tenant t = getTenant();
    console.act(
        "RESUME",
        t.getId(),
        t.getSlug(),
        null,
        "status",
        () -> {
          registry.resume(t.getId());
          return true;
        });
    after("admin.tenant.resumed");
  }

  public void changePlan() {
    Tenant t = getTenant();
    console.act(
        "CHANGE_PLAN",
        t.getId(),
        t.getSlug(),
        t.getPlanCode() + " → " + planCode,
        "plan",
        () -> {
          Plan plan =
              plans
                  .find(planCode)
                  .orElseThrow(
                      () ->
                          new org.opencrm.crm.platform.validation.ValidationException(
                              List.of(
                                  org.opencrm.crm.platform.validation.FieldError.of(
                                      "plan", "admin.plan.unknown"))));
          registry.changePlan(t.getId(), plan.getCode());
          return true;
        });
    after("admin.tenant.planChanged");
  }

  /** Starts a failed creation again, with the first administrator given now. */
  public void retry() {
    Tenant t = getTenant();
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    console.act(
        "RETRY_CREATE",
        t.getId(),
        t.getSlug(),
        adminEmail,
        "retry",
        () ->
            creation.start(
                new TenantCreation.Request(
                    NewTenant.russian(
                        t.getSlug(),
                        t.getDisplayName(),
                        adminEmail.strip(),
                        adminName.strip(),
                        adminPassword),
                    t.getPlanCode(),
                    null,
                    firstLogin,
                    NewTenantForm.tenantAddress(request, t.getSlug()),
                    console.getLocale())));
    adminPassword = "";
    after(null);
  }

  /** After an action: on success, back to this tenant's address (reloading repeats nothing). */
  private void after(String doneKey) {
    tenant = null;
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isValidationFailed()) {
      return;
    }
    if (doneKey != null) {
      console.message(null, FacesMessage.SEVERITY_INFO, doneKey);
    }
    var external = faces.getExternalContext();
    external.getFlash().setKeepMessages(true);
    try {
      external.redirect(external.getRequestContextPath() + "/console/tenant.xhtml?id=" + id);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public Long getId() {
    return id;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getPlanCode() {
    return planCode;
  }

  public void setPlanCode(String planCode) {
    this.planCode = planCode;
  }

  public String getAdminEmail() {
    return adminEmail;
  }

  public void setAdminEmail(String adminEmail) {
    this.adminEmail = adminEmail;
  }

  public String getAdminName() {
    return adminName;
  }

  public void setAdminName(String adminName) {
    this.adminName = adminName;
  }

  public String getAdminPassword() {
    return adminPassword;
  }

  public void setAdminPassword(String adminPassword) {
    this.adminPassword = adminPassword;
  }

  public TenantCreation.FirstLogin getFirstLogin() {
    return firstLogin;
  }

  public void setFirstLogin(TenantCreation.FirstLogin firstLogin) {
    this.firstLogin = firstLogin;
  }

  public TenantCreation.FirstLogin[] getFirstLogins() {
    return TenantCreation.FirstLogin.values();
  }
}
