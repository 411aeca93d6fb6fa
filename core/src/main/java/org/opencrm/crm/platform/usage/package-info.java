/**
 * What each tenant uses (users, records, storage, last activity), measured in the background into
 * the control schema, so the console and the plan limits read one row instead of counting over
 * every schema.
 */
package org.opencrm.crm.platform.usage;
