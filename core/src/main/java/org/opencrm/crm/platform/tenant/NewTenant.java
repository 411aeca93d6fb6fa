package org.opencrm.crm.platform.tenant;

/**
 * What it takes to create a tenant: its slug and name, regional defaults, and its first
 * administrator.
 */
public record NewTenant(
    String slug,
    String displayName,
    String phoneRegion,
    String currency,
    String timeZone,
    String adminEmail,
    String adminName,
    String adminPassword) {

  /** A Russian company with the usual defaults. */
  public static NewTenant russian(
      String slug, String displayName, String adminEmail, String adminName, String password) {
    return new NewTenant(
        slug, displayName, "RU", "RUB", "Europe/Moscow", adminEmail, adminName, password);
  }
}
