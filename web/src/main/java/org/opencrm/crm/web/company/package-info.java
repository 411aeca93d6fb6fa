/** Company screens: the list, the card with requisites, accounts and contacts, the editor. */
package org.opencrm.crm.web.company;
