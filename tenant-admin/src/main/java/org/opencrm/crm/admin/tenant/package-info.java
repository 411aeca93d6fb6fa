/** The console's view of tenants: the registry with status, schema and version. */
package org.opencrm.crm.admin.tenant;
