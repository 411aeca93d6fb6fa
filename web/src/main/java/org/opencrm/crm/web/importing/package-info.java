/**
 * The import screens: upload a file, check how it was read and which field each column fills,
 * choose what to do with duplicates, follow the background job to its end (or cancel it), and
 * download the rows it refused.
 */
package org.opencrm.crm.web.importing;
