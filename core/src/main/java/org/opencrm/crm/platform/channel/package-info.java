/**
 * Phones and e-mails as every record holds them (contacts, companies, and later leads and deals):
 * their kinds, the lines a form or an import submits, the one place they are checked and cleaned,
 * and the columns they are stored in.
 */
package org.opencrm.crm.platform.channel;
