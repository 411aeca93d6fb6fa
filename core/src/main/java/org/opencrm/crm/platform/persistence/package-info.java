/**
 * Database access for both kinds of data: the control schema through its own persistence unit, and
 * tenant data through one shared persistence unit whose connections are switched to the tenant's
 * schema when acquired.
 */
package org.opencrm.crm.platform.persistence;
