/**
 * Outgoing service e-mail (password resets, invitations, notifications) through the SMTP server the
 * operator configures; without one, messages are written to the server log so a local installation
 * still shows them.
 */
package org.opencrm.crm.platform.mail;
