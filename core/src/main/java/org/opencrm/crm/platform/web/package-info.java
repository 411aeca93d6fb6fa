/** Small HTTP helpers shared by both web applications. */
package org.opencrm.crm.platform.web;
