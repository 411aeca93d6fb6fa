/**
 * Schema changes with Liquibase: the control schema at start-up, each tenant's schema at creation
 * and whenever its recorded version is behind the application's.
 */
package org.opencrm.crm.platform.migration;
