/** Login of operators, checked against the control schema; separate from tenant users' logins. */
package org.opencrm.crm.admin.security;
