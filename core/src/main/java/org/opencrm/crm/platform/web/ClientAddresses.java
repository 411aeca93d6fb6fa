package org.opencrm.crm.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The client's address for throttling and login history. {@code X-Forwarded-For} is believed only
 * when the request comes straight from a proxy listed in {@code crm.trusted-proxies} (or {@code
 * CRM_TRUSTED_PROXIES}, comma-separated addresses); anyone else could write any address there.
 */
public final class ClientAddresses {

  private static final Set<String> TRUSTED =
      Arrays.stream(
              System.getProperty(
                      "crm.trusted-proxies",
                      System.getenv().getOrDefault("CRM_TRUSTED_PROXIES", ""))
                  .split(","))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .collect(Collectors.toUnmodifiableSet());

  private ClientAddresses() {}

  public static String of(HttpServletRequest request) {
    return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), TRUSTED);
  }

  /**
   * The scheme the client used: {@code X-Forwarded-Proto} when a trusted proxy (which ends TLS)
   * sent the request, otherwise the connection's own.
   */
  public static String scheme(HttpServletRequest request) {
    String forwarded = request.getHeader("X-Forwarded-Proto");
    if (forwarded != null
        && TRUSTED.contains(request.getRemoteAddr())
        && (forwarded.equalsIgnoreCase("https") || forwarded.equalsIgnoreCase("http"))) {
      return forwarded.toLowerCase(java.util.Locale.ROOT);
    }
    return request.getScheme();
  }

  /** The address: the last hop not added by a trusted proxy. */
  static String of(String remote, String forwardedFor, Set<String> trusted) {
    if (forwardedFor == null || forwardedFor.isBlank() || !trusted.contains(remote)) {
      return remote;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!hop.isEmpty() && !trusted.contains(hop)) {
        return hop.length() > 64 ? hop.substring(0, 64) : hop;
      }
    }
    return remote;
  }
}
