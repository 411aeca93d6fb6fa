/** Operators: the people who run the service from the tenant-admin console (control schema). */
package org.opencrm.crm.platform.operator;
