package org.opencrm.crm.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.MDC;
import org.opencrm.crm.platform.api.ApiToken;
import org.opencrm.crm.platform.api.ApiTokens;
import org.opencrm.crm.platform.i18n.Messages;
import org.opencrm.crm.platform.persistence.ReadOnlyTenant;
import org.opencrm.crm.platform.security.CurrentActor;
import org.opencrm.crm.platform.security.UserDirectory;
import org.opencrm.crm.platform.tenant.TenantContext;
import org.opencrm.crm.platform.tenant.TenantHostResolver;
import org.opencrm.crm.platform.tenant.TenantRef;
import org.opencrm.crm.platform.tenant.TenantRegistry;
import org.opencrm.crm.platform.web.RequestLogFilter;

/**
 * Authenticates API requests by bearer token. The token decides the tenant; a request at another
 * tenant's address gets nothing. A read-only token may only read; every token is held to its plan's
 * rate, answered 429 with {@code Retry-After} beyond it. While the tenant is being moved to another
 * database server, writes get 503 with {@code Retry-After}.
 */
@WebFilter(filterName = "api", urlPatterns = "/api/*")
public class ApiAuthFilter extends HttpFilter {

  private static final TenantHostResolver HOSTS = TenantHostResolver.configured();
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  @Inject ApiTokens tokens;
  @Inject TenantRegistry registry;
  @Inject TenantContext tenantContext;
  @Inject CurrentActor actor;
  @Inject UserDirectory users;
  @Inject RateLimiter rateLimiter;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getRequestURI().endsWith("/openapi.json")) {
      chain.doFilter(req, res);
      return;
    }
    String header = req.getHeader("Authorization");
    String token =
        header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? header.substring(7).strip()
            : null;
    Optional<TenantRef> tenant = tokens.tenantOf(token).flatMap(registry::findById);
    Optional<String> hostSlug = HOSTS.slugOf(req.getHeader("Host"));
    if (tenant.isEmpty() || hostSlug.isPresent() && !hostSlug.get().equals(tenant.get().slug())) {
      unauthorized(res);
      return;
    }
    if (tenant.get().refusal() != null) {
      ApiErrors.write(
          res,
          403,
          "403",
          "Forbidden",
          Messages.get(
              java.util.Locale.ENGLISH, tenant.get().refusal(), tenant.get().displayName()));
      return;
    }
    tenantContext.set(tenant.get());
    Optional<ApiToken> row = tokens.check(token);
    if (row.isEmpty()) {
      unauthorized(res);
      return;
    }
    long retryAfter = rateLimiter.acquire(row.get().getPrefix(), tenant.get().id());
    if (retryAfter > 0) {
      res.setHeader("Retry-After", String.valueOf(retryAfter));
      ApiErrors.write(
          res, 429, "429", "Too many requests", "The plan allows fewer requests per minute.");
      return;
    }
    if (row.get().isReadOnly() && !READS.contains(req.getMethod())) {
      ApiErrors.write(res, 403, "403", "Forbidden", "This token may only read.");
      return;
    }
    if (tenant.get().readOnly() && !READS.contains(req.getMethod())) {
      res.setHeader("Retry-After", String.valueOf(ReadOnlyTenant.RETRY_AFTER_SECONDS));
      ApiErrors.write(res, 503, "503", "Service Unavailable", ApiExceptionMappers.READ_ONLY_DETAIL);
      return;
    }
    actor.actAs(users.toCurrentUser(row.get().getOwner()));
    MDC.put(RequestLogFilter.TENANT, tenant.get().slug());
    chain.doFilter(req, res);
  }

  private static void unauthorized(HttpServletResponse res) throws IOException {
    res.setHeader("WWW-Authenticate", "Bearer");
    ApiErrors.write(
        res, 401, "401", "Unauthorized", "A valid API token is required (Authorization: Bearer).");
  }
}
