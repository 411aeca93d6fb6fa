package org.opencrm.crm.platform.tenant;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds the tenant slug a request's host names. The first label of a host names a tenant when the
 * rest is the service's base domain ({@code acme.crm.example.com} with base {@code
 * crm.example.com}) or {@code localhost} ({@code acme.localhost}). A bare base host, an IP address
 * or any other host names no tenant: the login form's company field decides there.
 */
public final class TenantHostResolver {

  private final String baseDomain;

  public TenantHostResolver(String baseDomain) {
    this.baseDomain = baseDomain == null ? "" : baseDomain.toLowerCase(Locale.ROOT).trim();
  }

  /** The resolver for the configured base domain ({@code crm.base-domain}). */
  public static TenantHostResolver configured() {
    String base = System.getProperty("crm.base-domain", System.getenv("CRM_BASE_DOMAIN"));
    return new TenantHostResolver(base == null ? "localhost" : base);
  }

  /**
   * The slug candidate in a Host header value (port allowed), or empty.
   *
   * @param hostHeader the Host header as sent by the client
   */
  public Optional<String> slugOf(String hostHeader) {
    if (hostHeader == null || hostHeader.isBlank()) {
      return Optional.empty();
    }
    String host = stripPort(hostHeader.trim().toLowerCase(Locale.ROOT));
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    for (String base : new String[] {baseDomain, "localhost"}) {
      if (base.isEmpty()) {
        continue;
      }
      String suffix = "." + base;
      if (host.endsWith(suffix)) {
        String label = host.substring(0, host.length() - suffix.length());
        if (!label.contains(".") && TenantSlug.looksValid(label)) {
          return Optional.of(label);
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String stripPort(String host) {
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end > 0 ? host.substring(0, end + 1) : host;
    }
    int colon = host.lastIndexOf(':');
    return colon >= 0 && host.indexOf(':') == colon ? host.substring(0, colon) : host;
  }
}
