/** What every record list shares: pages read by keys, so deep pages stay fast at a million rows. */
package org.opencrm.crm.web.list;
