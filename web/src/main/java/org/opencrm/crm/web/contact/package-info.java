/** The contact screens: list with filters and lazy paging, card with history, editor, export. */
package org.opencrm.crm.web.contact;
