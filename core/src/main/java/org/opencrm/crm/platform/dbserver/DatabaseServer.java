package org.opencrm.crm.platform.dbserver;

import java.time.Instant;

/**
 * One database server of the registry. The server {@link #DEFAULT} is the one the applications' own
 * configuration names (its address is not kept here); the others carry their address, login and
 * encrypted password.
 *
 * @param tenants how many tenants have their schema there (every status)
 * @param maxTenants how many tenants it may take; null for no limit
 */
public record DatabaseServer(
    String code,
    String displayName,
    String host,
    Integer port,
    String username,
    String passwordSecret,
    Integer maxTenants,
    boolean acceptsNewTenants,
    int tenants,
    Instant createdAt,
    Instant updatedAt) {

  public static final String DEFAULT = "default";

  public boolean builtIn() {
    return DEFAULT.equals(code);
  }

  /** Whether a new tenant may be placed here now. */
  public boolean hasRoom() {
    return acceptsNewTenants && (maxTenants == null || tenants < maxTenants);
  }

  /** Host and port, or "configured" for the built-in server. */
  public String address() {
    return builtIn() ? null : host + ":" + port;
  }

  /**
   * What a pool of this server depends on: a pool built for another fingerprint (the password was
   * changed, say) is replaced.
   */
  String fingerprint() {
    return host + "|" + port + "|" + username + "|" + passwordSecret;
  }
}
