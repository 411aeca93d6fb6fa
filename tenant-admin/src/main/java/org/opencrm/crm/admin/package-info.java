/** The operators' console: who runs the service and what they see of its tenants. */
package org.opencrm.crm.admin;
