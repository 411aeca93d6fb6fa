/** Start-up of the console: the control schema, and the first operator when configured. */
package org.opencrm.crm.admin.startup;
