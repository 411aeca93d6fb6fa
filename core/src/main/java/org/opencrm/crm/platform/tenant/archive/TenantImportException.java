package org.opencrm.crm.platform.tenant.archive;

/**
 * An import passed validation, created its tenant and then failed. The tenant is left FAILED with
 * the reason as its status message (no one can log into it) and is removed by deleting it.
 */
public class TenantImportException extends RuntimeException {

  private final String slug;

  TenantImportException(String slug, String reason, Throwable cause) {
    super("Import of tenant " + slug + " failed: " + reason, cause);
    this.slug = slug;
  }

  /** The slug of the tenant left FAILED. */
  public String slug() {
    return slug;
  }
}
