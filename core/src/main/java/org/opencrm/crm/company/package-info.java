/**
 * Companies the tenant works with (clients, partners, suppliers) and the tenant's own company
 * profile: names, requisites and bank accounts.
 */
package org.opencrm.crm.company;
