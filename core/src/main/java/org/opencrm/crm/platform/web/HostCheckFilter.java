package org.opencrm.crm.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Answers only for the service's own names: the base domain ({@code crm.base-domain}) and one label
 * under it (a company), {@code localhost} and one label under it, and bare IP addresses (for health
 * checks). A request for any other host (a forged Host header, DNS rebinding) gets 400.
 */
@WebFilter(filterName = "hostCheck", urlPatterns = "/*")
public class HostCheckFilter extends HttpFilter {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private static final String BASE =
      System.getProperty(
              "crm.base-domain", System.getenv().getOrDefault("CRM_BASE_DOMAIN", "localhost"))
          .toLowerCase(Locale.ROOT)
          .strip();

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!allowed(req.getHeader("Host"), BASE)) {
      Refusals.refuse(req, res, HttpServletResponse.SC_BAD_REQUEST, "error.400");
      return;
    }
    chain.doFilter(req, res);
  }

  static boolean allowed(String hostHeader, String base) {
    if (hostHeader == null || hostHeader.isBlank()) {
      return false;
    }
    String host = hostHeader.strip().toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      return host.indexOf(']') > 0; // IPv6 literal
    }
    int colon = host.indexOf(':');
    if (colon >= 0) {
      host = host.substring(0, colon);
    }
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    return IPV4.matcher(host).matches()
        || host.equals("localhost")
        || host.equals(base)
        || oneLabelUnder(host, "localhost")
        || oneLabelUnder(host, base);
  }

  /** {@code acme.crm.example.com} under {@code crm.example.com}, but not {@code a.b.crm…}. */
  private static boolean oneLabelUnder(String host, String base) {
    String suffix = "." + base;
    return host.endsWith(suffix)
        && host.length() > suffix.length()
        && host.substring(0, host.length() - suffix.length()).indexOf('.') < 0;
  }
}
