package org.opencrm.crm.web.tenant;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.jboss.logging.MDC;
import org.opencrm.crm.platform.security.CurrentActor;
import org.opencrm.crm.platform.security.CurrentUser;
import org.opencrm.crm.platform.security.UserDirectory;
import org.opencrm.crm.platform.tenant.TenantContext;
import org.opencrm.crm.platform.tenant.TenantHostResolver;
import org.opencrm.crm.platform.tenant.TenantProvisioning;
import org.opencrm.crm.platform.tenant.TenantRef;
import org.opencrm.crm.platform.tenant.TenantRegistry;
import org.opencrm.crm.platform.tenant.TenantStatus;
import org.opencrm.crm.platform.web.RequestLogFilter;
import org.opencrm.crm.web.security.SessionKeys;

/**
 * Decides the tenant of every request before anything else runs. A logged-in session is bound to
 * its tenant: a request whose host names another tenant is refused with 403 and nothing else, and a
 * session whose tenant is no longer active ends. Without a login the host's tenant (if any)
 * applies, which the login screen uses. Tenant status is read from the control schema on every
 * request, so a suspension takes effect at once.
 */
@WebFilter(filterName = "tenant", urlPatterns = "/*")
public class TenantRequestFilter extends HttpFilter {

  /** Request attribute naming the tenant the host names, for the login screen. */
  public static final String HOST_TENANT = "crm.hostTenant";

  private static final TenantHostResolver HOSTS = TenantHostResolver.configured();

  @Inject TenantRegistry registry;
  @Inject TenantContext tenantContext;
  @Inject CurrentActor actor;
  @Inject TenantProvisioning provisioning;
  @Inject UserDirectory users;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getServletPath();
    if (path.startsWith("/health")
        || path.startsWith("/api/")
        || path.startsWith("/jakarta.faces.resource/")) {
      // Probes and static resources need no tenant (and no database round trips); the API
      // takes its tenant from the token (ApiAuthFilter).
      chain.doFilter(req, res);
      return;
    }
    Optional<String> hostSlug = HOSTS.slugOf(req.getHeader("Host"));
    Optional<TenantRef> hostTenant = hostSlug.flatMap(registry::findBySlug);
    if (hostSlug.isPresent() && hostTenant.isEmpty()) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    HttpSession session = req.getSession(false);
    Object attribute = session == null ? null : session.getAttribute(SessionKeys.USER);
    if (attribute instanceof CurrentUser user) {
      if (hostTenant.isPresent() && !hostTenant.get().id().equals(user.tenantId())) {
        req.setAttribute("crm.error", "error.403.tenant");
        res.sendError(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
      // On the tenant's own address the host lookup already read it; on the bare address read it.
      Optional<TenantRef> tenant =
          (hostTenant.isPresent() ? hostTenant : registry.findById(user.tenantId()))
              .filter(t -> t.refusal() == null);
      if (tenant.isEmpty()) {
        session.invalidate();
        res.sendRedirect(req.getContextPath() + "/login.xhtml?inactive=1");
        return;
      }
      if (behind(tenant.get(), req, res)) {
        return;
      }
      tenantContext.set(tenant.get());
      UserDirectory.SessionState state = users.sessionState(user);
      if (state == UserDirectory.SessionState.ENDED) {
        // The password changed (or the user was deactivated) since this session began.
        session.invalidate();
        res.sendRedirect(req.getContextPath() + "/login.xhtml?ended=1");
        return;
      }
      if (state == UserDirectory.SessionState.PASSWORD_CHANGE_REQUIRED
          && req.getServletPath().startsWith("/app/")
          && !req.getServletPath().equals("/app/profile.xhtml")) {
        res.sendRedirect(req.getContextPath() + "/app/profile.xhtml?initial=1");
        return;
      }
      actor.actAs(user);
      MDC.put(RequestLogFilter.TENANT, tenant.get().slug());
    } else if (hostTenant.isPresent()) {
      if (behind(hostTenant.get(), req, res)) {
        return;
      }
      tenantContext.set(hostTenant.get());
      req.setAttribute(HOST_TENANT, hostTenant.get());
      MDC.put(RequestLogFilter.TENANT, hostTenant.get().slug());
    }
    chain.doFilter(req, res);
  }

  /**
   * A tenant whose schema is not yet (or could not be) brought to this application's version gets a
   * maintenance page; other tenants carry on.
   */
  private boolean behind(TenantRef tenant, HttpServletRequest req, HttpServletResponse res)
      throws IOException {
    if (tenant.status() == TenantStatus.PROVISIONING || tenant.status() == TenantStatus.FAILED) {
      // Being created, or its creation failed: nothing here can be used yet.
      req.setAttribute("crm.error", "error.notReady");
      res.setHeader("Retry-After", "60");
      res.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return true;
    }
    if (provisioning.currentSchemaVersion().equals(tenant.schemaVersion())) {
      return false;
    }
    req.setAttribute("crm.error", "error.maintenance");
    res.setHeader("Retry-After", "60");
    res.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    return true;
  }
}
