/**
 * Subscription plans in the control schema and their limits (users, records, storage, API rate,
 * plugins), checked in the application with a clear message to the tenant's users.
 */
package org.opencrm.crm.platform.plan;
