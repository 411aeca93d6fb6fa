/**
 * Tenant archives: export of a tenant's schema to a portable, versioned ZIP file, import of such a
 * file as a new tenant after checking all of it, and deletion of a tenant with everything the
 * control schema keeps about it. The format is described in docs/tenant-archive.md.
 */
package org.opencrm.crm.platform.tenant.archive;
