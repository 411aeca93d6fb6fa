/**
 * Moving tenants in and out of the service from the console: download a tenant's archive, import an
 * archive as a new tenant, delete a tenant after a typed confirmation.
 */
package org.opencrm.crm.admin.archive;
