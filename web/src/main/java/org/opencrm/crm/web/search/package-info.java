/** The global search page: one box, results grouped by entity. */
package org.opencrm.crm.web.search;
