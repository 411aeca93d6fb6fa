package org.opencrm.crm.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every answer of both applications: no framing, no content sniffing, no
 * referrer to other sites, and no caching of pages (they hold personal data); static resources stay
 * cacheable. The content security policy is enforced: resources from this site only, no plugins, no
 * framing, forms posted only here. Scripts are held tighter on Faces pages, where PrimeFaces' nonce
 * mode ({@code primefaces.CSP} in web.xml) adds a second policy, {@code script-src 'self'
 * 'nonce-…'}; a browser obeys both, so only this site's files and scripts carrying the page's nonce
 * run.
 *
 * <p>The same headers are set earlier, in each application's {@code
 * WEB-INF/undertow-handlers.conf}, so answers the server gives before any filter runs (the redirect
 * to the login page, a 404 of a protected path) carry them too; keep both in step ({@code HealthIT}
 * checks a redirect).
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  static final String CSP =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; "
          + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
          + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; "
          + "object-src 'none'";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("Content-Security-Policy", CSP);
    if (!req.getRequestURI().contains("/jakarta.faces.resource/")) {
      res.setHeader("Cache-Control", "no-store");
      res.setHeader("Pragma", "no-cache");
    }
    chain.doFilter(req, res);
  }
}
