package org.opencrm.crm.platform.security;

/** What a user wants to do with records of an entity. */
public enum PermissionAction {
  VIEW,
  EDIT,
  ADD,
  DELETE,
  EXPORT
}
