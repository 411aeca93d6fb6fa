/** What the page layout shows around every screen: the tenant, the user, the menus. */
package org.opencrm.crm.web.layout;
