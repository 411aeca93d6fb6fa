/** The operators' audit trail: every console action with who, when, what and the result. */
package org.opencrm.crm.admin.audit;
