/** The integration-test harness: test database, server settings, deployments and HTTP clients. */
package org.opencrm.crm.it.support;
