package org.opencrm.crm.platform.files;

import java.util.List;

/**
 * Files whose rows a transaction removes: fire it in that transaction, and {@link DroppedFiles}
 * deletes the bytes once it commits (a rollback keeps them).
 */
public record FilesDropped(String tenant, List<String> keys) {}
