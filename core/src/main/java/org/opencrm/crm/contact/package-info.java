/**
 * Contacts: people a company works with (clients, partners' staff, partners), their phones and
 * e-mails, and every way to list, find, change and export them through the permission layer.
 */
package org.opencrm.crm.contact;
