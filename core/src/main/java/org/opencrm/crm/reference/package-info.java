/**
 * Reference lists the tenant edits (Справочники): contact and company types, statuses with colours,
 * categories, sources and activity profiles. Defaults ship as Liquibase data; a value in use is
 * archived rather than deleted, so records keep it.
 */
package org.opencrm.crm.reference;
