package org.opencrm.crm.platform.tenant;

/** The steps of creating a tenant, in order; the console shows the one reached as progress. */
public enum ProvisioningStep {
  /** The control row exists; nothing else yet. */
  REGISTERED,
  /** The tenant's schema is created. */
  SCHEMA,
  /** The tenant changelog ran (tables and the default data every module ships). */
  CHANGELOG,
  /** The changelogs of the plugins enabled for the tenant ran. */
  PLUGINS,
  /** The tenant's own settings and first administrator are in. */
  DEFAULTS,
  /** The tenant is active. */
  DONE;

  /** How far creation is, 0 to 100. */
  public int percent() {
    return ordinal() * 100 / DONE.ordinal();
  }
}
