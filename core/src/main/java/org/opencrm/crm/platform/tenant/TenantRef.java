package org.opencrm.crm.platform.tenant;

import java.io.Serializable;

/** A detached, immutable view of a tenant that requests, sessions and jobs carry around. */
public record TenantRef(
    Long id, String slug, String displayName, String schemaName, TenantStatus status)
    implements Serializable {

  public boolean active() {
    return status == TenantStatus.ACTIVE;
  }
}
