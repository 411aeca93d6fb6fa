package org.opencrm.crm.platform.tenant.archive;

/**
 * A column as the manifest describes it.
 *
 * @param type the portable type, such as {@code bigint}, {@code varchar(100)}, {@code tinyint(1)}
 *     or {@code datetime(6)} (see {@link SchemaInspector#portableType})
 */
public record ArchiveColumn(String name, String type, boolean nullable) {}
