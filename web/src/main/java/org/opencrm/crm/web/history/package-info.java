/**
 * A record's history as its card shows it: who did what when, field by field, in the UI's language.
 */
package org.opencrm.crm.web.history;
