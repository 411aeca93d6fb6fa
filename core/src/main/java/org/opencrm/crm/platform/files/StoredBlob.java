package org.opencrm.crm.platform.files;

/**
 * What the store kept: the key to read it back by (relative to the tenant), its size and the
 * SHA-256 of its bytes (lower-case hex).
 */
public record StoredBlob(String key, long size, String sha256) {}
