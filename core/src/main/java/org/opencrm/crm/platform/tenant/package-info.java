/**
 * Tenants: the registry in the control schema, resolution of the tenant of a request, the request's
 * tenant context, and provisioning of new tenants.
 */
package org.opencrm.crm.platform.tenant;
