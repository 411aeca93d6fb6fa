/** The plans screen: every plan's limits, created and changed by operators. */
package org.opencrm.crm.admin.plan;
