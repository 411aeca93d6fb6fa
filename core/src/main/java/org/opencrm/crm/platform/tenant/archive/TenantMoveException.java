package org.opencrm.crm.platform.tenant.archive;

/**
 * A move to another database server failed after it started. The tenant stayed on its old server,
 * writable again, with the reason as its move message; what was made on the target was dropped.
 */
public class TenantMoveException extends RuntimeException {

  TenantMoveException(String slug, String reason, Throwable cause) {
    super("Moving tenant " + slug + " failed: " + reason, cause);
  }
}
