/** Binds every request to its tenant: from the logged-in session, or from the host name. */
package org.opencrm.crm.web.tenant;
