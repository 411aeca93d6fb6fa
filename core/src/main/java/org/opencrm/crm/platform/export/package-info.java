/**
 * Exports every list shares: Excel-compatible CSV (UTF-8 with a byte order mark, semicolons) with
 * headers in the user's language and formula-like cells neutralised.
 */
package org.opencrm.crm.platform.export;
