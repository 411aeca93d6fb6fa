/**
 * Start-up of the tenant users' application: the control schema synchronously, then tenant
 * migrations and (in development) demo data in the background.
 */
package org.opencrm.crm.web.startup;
