package org.opencrm.crm.platform.tenant;

/** Lifecycle of a tenant. Only an {@link #ACTIVE} tenant can be logged into. */
public enum TenantStatus {
  PROVISIONING,
  FAILED,
  ACTIVE,
  SUSPENDED
}
