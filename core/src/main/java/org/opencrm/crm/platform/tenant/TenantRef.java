package org.opencrm.crm.platform.tenant;

import java.io.Serializable;

/**
 * A detached, immutable view of a tenant that requests, sessions and jobs carry around; {@code
 * schemaVersion} is the fingerprint of the tenant changelog its schema was last migrated to.
 */
public record TenantRef(
    Long id,
    String slug,
    String displayName,
    String schemaName,
    TenantStatus status,
    String schemaVersion)
    implements Serializable {

  public boolean active() {
    return status == TenantStatus.ACTIVE;
  }
}
