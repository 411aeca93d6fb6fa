/**
 * Files in the UI: the files panel every record card includes (attach, download, remove), the
 * download address that checks the file's record first, and the files registry.
 */
package org.opencrm.crm.web.files;
