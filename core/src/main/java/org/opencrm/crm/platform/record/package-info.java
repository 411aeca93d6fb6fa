/**
 * What every record of the registry shares (contacts, companies, and the deals, leads and tasks to
 * come): a responsible user, creation and change times, a version that catches concurrent edits, a
 * trash with restore, and the reads and writes built on them through the permission layer.
 */
package org.opencrm.crm.platform.record;
