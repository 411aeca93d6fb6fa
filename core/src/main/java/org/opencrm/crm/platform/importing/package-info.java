/**
 * The import framework's reading side: a CSV file's encoding (BOM, strict UTF-8, else detected —
 * Windows-1251, KOI8-R… — with the user free to override) and separator are found, its rows read
 * with quoted separators and line breaks, and its headers matched to fields, in Russian and
 * English. Entities plug in their fields; the import job (mapping, preview, duplicates, progress,
 * errors) builds on this.
 */
package org.opencrm.crm.platform.importing;
