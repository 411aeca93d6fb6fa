package org.opencrm.crm.platform.tenant;

import java.io.Serializable;
import java.time.Instant;

/**
 * A detached, immutable view of a tenant that requests, sessions and jobs carry around; {@code
 * schemaVersion} is the fingerprint of the tenant changelog its schema was last migrated to; {@code
 * dbServer} the code of the database server its schema lives on.
 */
public record TenantRef(
    Long id,
    String slug,
    String displayName,
    String schemaName,
    TenantStatus status,
    String schemaVersion,
    String dbServer,
    Instant readOnlySince)
    implements Serializable {

  /**
   * Whether the tenant's data may only be read now (it is being moved to another database server).
   */
  public boolean readOnly() {
    return readOnlySince != null;
  }

  public boolean active() {
    return status == TenantStatus.ACTIVE;
  }

  /**
   * The gate every entry point (login, sessions, API, public forms, background work started from
   * outside) asks before serving the tenant: {@code null} when it may be served, else the message
   * key of why not — suspended by an operator, or not (yet) created.
   */
  public String refusal() {
    return switch (status) {
      case ACTIVE -> null;
      case SUSPENDED -> "tenant.refused.suspended";
      case PROVISIONING, FAILED -> "tenant.refused.notReady";
    };
  }
}
