package org.opencrm.crm.platform.usage;

import java.io.Serializable;
import java.time.Instant;

/** One tenant's usage at the time it was measured. */
public record TenantUsage(
    Long tenantId,
    int users,
    long records,
    long storageBytes,
    Instant lastActivityAt,
    Instant measuredAt)
    implements Serializable {

  /** Storage in megabytes, rounded up. */
  public long storageMb() {
    return (storageBytes + 1024 * 1024 - 1) / (1024 * 1024);
  }
}
