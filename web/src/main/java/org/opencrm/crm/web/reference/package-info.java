/**
 * Reference lists on screens: the choices forms offer, and the page where the tenant edits them.
 */
package org.opencrm.crm.web.reference;
