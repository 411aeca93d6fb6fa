package org.opencrm.crm.platform.security;

import java.io.Serializable;

/**
 * The logged-in user as the session remembers it: who, in which tenant, with which role and
 * department, and the security stamp the session was made with. Permissions and the stamp are
 * checked afresh on every request.
 */
public record CurrentUser(
    Long tenantId,
    String tenantSlug,
    Long userId,
    String email,
    String fullName,
    Long roleId,
    String roleCode,
    String departmentPath,
    String securityStamp)
    implements Serializable {}
