package org.opencrm.crm.platform.tenant;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules for a tenant's slug: it becomes a host name label ({@code acme.crm.example.com}) and part
 * of a schema name, so it is short, lower-case Latin letters, digits and inner dashes, and not a
 * word the service keeps for itself.
 */
public final class TenantSlug {

  private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]{1,30}[a-z0-9]");

  static final Set<String> RESERVED =
      Set.of(
          "www",
          "admin",
          "api",
          "app",
          "mail",
          "smtp",
          "imap",
          "pop",
          "ftp",
          "static",
          "assets",
          "cdn",
          "help",
          "support",
          "status",
          "docs",
          "tenant-admin",
          "login",
          "auth",
          "localhost",
          "crm",
          "test",
          "demo-admin",
          "root",
          "system");

  private TenantSlug() {}

  /** Whether the text could be a slug at all (cheap check before any database lookup). */
  public static boolean looksValid(String slug) {
    return slug != null && FORMAT.matcher(slug).matches() && !slug.contains("--");
  }

  /**
   * The message key of what is wrong with a slug for a new tenant, or {@code null} when it is fine.
   */
  public static String problem(String slug) {
    if (slug == null || slug.isBlank()) {
      return "tenant.slug.required";
    }
    if (!looksValid(slug)) {
      return "tenant.slug.format";
    }
    if (RESERVED.contains(slug)) {
      return "tenant.slug.reserved";
    }
    return null;
  }
}
