package org.opencrm.crm.platform.persistence;

import java.util.Locale;

/**
 * Names of the control schema and of tenant schemas, from the server's configuration ({@code
 * crm.db.control-schema}, {@code crm.db.tenant-schema-prefix} or their environment variables). Test
 * runs use their own names so they never touch a real installation.
 */
public final class DatabaseNames {

  private DatabaseNames() {}

  public static String controlSchema() {
    return setting("crm.db.control-schema", "CRM_DB_CONTROL_SCHEMA", "crm_control");
  }

  public static String tenantSchemaPrefix() {
    return setting("crm.db.tenant-schema-prefix", "CRM_DB_TENANT_SCHEMA_PREFIX", "crm_t_");
  }

  /**
   * The schema of the tenant with this slug: the prefix, then the slug with dashes as underscores.
   */
  public static String tenantSchema(String slug) {
    return tenantSchemaPrefix() + slug.toLowerCase(Locale.ROOT).replace('-', '_');
  }

  static String setting(String property, String env, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(env);
    }
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
