/**
 * What every console page shares: the console answers only on the service's own addresses, never on
 * a tenant's; pages know the operator, their language and whether they may act; every action is
 * written to the operators' audit trail.
 */
package org.opencrm.crm.admin.web;
