/**
 * Limits on what a request may carry, answered with a clear 4xx before the application reads it.
 */
package org.opencrm.crm.web.limits;
