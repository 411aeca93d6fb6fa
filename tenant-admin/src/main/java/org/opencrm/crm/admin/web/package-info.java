/** Where the console answers: only on the service's own addresses, never on a tenant's. */
package org.opencrm.crm.admin.web;
