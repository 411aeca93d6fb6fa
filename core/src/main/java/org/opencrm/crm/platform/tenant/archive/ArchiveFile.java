package org.opencrm.crm.platform.tenant.archive;

/**
 * A file as the manifest lists it: its key in the tenant's file store (the archive holds it as
 * {@code files/<key>}), its size in bytes and the SHA-256 of its bytes in lower-case hex.
 */
public record ArchiveFile(String key, long size, String sha256) {

  /** The archive entry with the bytes. */
  public String entry() {
    return ArchiveFormat.fileEntry(key);
  }
}
