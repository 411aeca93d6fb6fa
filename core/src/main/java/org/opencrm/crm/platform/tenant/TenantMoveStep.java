package org.opencrm.crm.platform.tenant;

/** The steps of moving a tenant to another database server, in order, as the console shows them. */
public enum TenantMoveStep {
  /** Writes are refused from here on; in-flight ones are given a moment to finish. */
  READ_ONLY,
  /** The tenant's rows are written to an archive. */
  EXPORT,
  /** A schema is made on the target server and the archive loaded into it. */
  IMPORT,
  /** Row counts and checksums of every table on the target are compared with the archive. */
  VERIFY,
  /** The tenant now lives on the target server and may be written again. */
  DONE,
  /** The move stopped; the tenant stayed where it was and may be written again. */
  FAILED
}
