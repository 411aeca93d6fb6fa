/**
 * Which plugins are installed on the service and which are enabled per tenant, as the control
 * schema records them: operators state the wish in the console, and the tenant users' application,
 * which hosts the plugins, applies it (runs the plugin's changelog in the tenant's schema, records
 * the version applied).
 */
package org.opencrm.crm.platform.plugins;
