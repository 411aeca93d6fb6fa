package org.opencrm.crm.admin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.opencrm.crm.platform.tenant.TenantHostResolver;

/**
 * The console does not exist on a tenant's address ({@code acme.crm.example.com/tenant-admin}):
 * tenants' users never see its login, and its cookies never mix with theirs.
 */
@WebFilter(filterName = "consoleHost", urlPatterns = "/*")
public class ConsoleHostFilter extends HttpFilter {

  private static final TenantHostResolver HOSTS = TenantHostResolver.configured();

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (HOSTS.slugOf(req.getHeader("Host")).isPresent()) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(req, res);
  }
}
