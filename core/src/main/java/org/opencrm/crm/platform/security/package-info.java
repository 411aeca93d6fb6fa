/**
 * Users, roles, departments and the permission layer: every read and write of a tenant's records
 * asks {@link org.opencrm.crm.platform.security.AccessControl} which records the current user may
 * reach, and for which action.
 */
package org.opencrm.crm.platform.security;
