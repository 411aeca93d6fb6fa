/** The products catalogue's screens: list, card with tabs, editor with images, categories. */
package org.opencrm.crm.web.product;
