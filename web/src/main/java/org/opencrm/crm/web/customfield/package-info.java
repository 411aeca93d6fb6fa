/**
 * Custom fields in the UI: the settings page where administrators define them, and the pieces
 * cards, editors and lists include to show, edit and filter their values.
 */
package org.opencrm.crm.web.customfield;
