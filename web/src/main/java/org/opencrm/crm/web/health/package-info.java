/** Health and readiness probes answered without a tenant or a login. */
package org.opencrm.crm.web.health;
