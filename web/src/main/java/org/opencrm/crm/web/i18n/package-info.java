/** The user's language (Russian or English) and text lookup for view beans. */
package org.opencrm.crm.web.i18n;
