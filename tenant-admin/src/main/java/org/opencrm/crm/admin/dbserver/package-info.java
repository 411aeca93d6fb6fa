/** The console's page of database servers: register, check, change, remove. */
package org.opencrm.crm.admin.dbserver;
