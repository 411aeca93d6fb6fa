/** Starts the product on a developer's machine: database, server, applications and demo data. */
package org.opencrm.crm.launcher;
