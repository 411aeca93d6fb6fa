package org.opencrm.crm.platform.security;

/**
 * Which records an action reaches: none, the user's own, those owned by anyone in the user's
 * department or its sub-departments, or all.
 */
public enum PermissionScope {
  NONE,
  OWN,
  DEPARTMENT,
  ALL;

  public PermissionScope wider(PermissionScope other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
