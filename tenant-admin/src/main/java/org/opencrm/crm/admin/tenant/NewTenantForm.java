package org.opencrm.crm.admin.tenant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.opencrm.crm.admin.dbserver.ServerChoice;
import org.opencrm.crm.admin.web.Console;
import org.opencrm.crm.platform.plan.Plan;
import org.opencrm.crm.platform.plan.PlanCatalog;
import org.opencrm.crm.platform.tenant.NewTenant;
import org.opencrm.crm.platform.tenant.TenantCreation;
import org.opencrm.crm.platform.tenant.TenantRef;
import org.opencrm.crm.platform.web.ClientAddresses;

/**
 * "New company": address (slug), name, plan and the first administrator, who gets an invitation by
 * e-mail or an initial password. Creation continues in the background; the tenant's page shows its
 * progress.
 */
@Named
@RequestScoped
public class NewTenantForm {

  @Inject TenantCreation creation;
  @Inject PlanCatalog plans;
  @Inject Console console;

  private String slug = "";
  private String displayName = "";
  private String planCode = Plan.DEFAULT;
  private String adminEmail = "";
  private String adminName = "";
  private String adminPassword = "";
  private TenantCreation.FirstLogin firstLogin = TenantCreation.FirstLogin.INVITE;
  private String dbServer = "";

  public void create() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String s = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
    TenantRef created =
        console.act(
            "CREATE",
            null,
            s,
            displayName
                + ", "
                + planCode
                + ", "
                + adminEmail
                + ", "
                + firstLogin
                + ", server "
                + (dbServer == null || dbServer.isBlank() ? "(least loaded)" : dbServer),
            "tenant",
            () ->
                creation.start(
                    new TenantCreation.Request(
                        NewTenant.russian(
                            s,
                            displayName == null ? "" : displayName,
                            adminEmail == null ? "" : adminEmail.strip(),
                            adminName == null || adminName.isBlank()
                                ? "Администратор"
                                : adminName.strip(),
                            adminPassword),
                        plans.find(planCode).map(Plan::getCode).orElse(Plan.DEFAULT),
                        ServerChoice.chosen(dbServer),
                        firstLogin,
                        tenantAddress(request, s),
                        console.getLocale())));
    adminPassword = "";
    if (created != null) {
      external.redirect(
          external.getRequestContextPath() + "/console/tenant.xhtml?id=" + created.id());
    }
  }

  /** Where the tenant's users will work: the console's scheme and host with the slug in front. */
  static String tenantAddress(HttpServletRequest request, String slug) {
    String host = request.getHeader("Host");
    return ClientAddresses.scheme(request) + "://" + slug + "." + host;
  }

  public String getDbServer() {
    return dbServer;
  }

  public void setDbServer(String dbServer) {
    this.dbServer = dbServer;
  }

  public List<Plan> getPlans() {
    return plans.list();
  }

  public TenantCreation.FirstLogin[] getFirstLogins() {
    return TenantCreation.FirstLogin.values();
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
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
}
