/**
 * Russian and English texts shared by both applications and the services: labels, validation
 * messages and export headers, from the {@code org.opencrm.crm.i18n.messages} bundle.
 */
package org.opencrm.crm.platform.i18n;
