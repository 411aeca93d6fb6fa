/** The migrations screen: tenants whose schema is behind, "migrate all" with its progress. */
package org.opencrm.crm.admin.migration;
