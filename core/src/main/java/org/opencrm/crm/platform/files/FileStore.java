package org.opencrm.crm.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Keeps files' bytes per tenant under keys the store chooses. Keys are relative to the tenant, so a
 * tenant's files travel with it: an archive holds them by key, and an import puts them back under
 * the same keys for the new tenant.
 */
public interface FileStore {

  /**
   * Keeps the stream's bytes; nothing is kept when it fails or is over the limit.
   *
   * @throws FileTooLargeException when the stream holds more than {@code maxBytes}
   */
  StoredBlob put(String tenant, InputStream content, long maxBytes) throws IOException;

  /** Keeps the bytes under a given key (an import restoring a tenant's files). */
  StoredBlob putAt(String tenant, String key, InputStream content) throws IOException;

  /**
   * Whether the key is one this store could have made, so that {@link #putAt} takes it; an import
   * checks every key of an archive with this before it writes anything.
   */
  boolean isKey(String key);

  /** The bytes under a key. */
  InputStream open(String tenant, String key) throws IOException;

  /** Removes one file; false when there was none. */
  boolean delete(String tenant, String key) throws IOException;

  /** Every key of the tenant, in a stable order. */
  List<String> keys(String tenant) throws IOException;

  /** Removes all of a tenant's files (the tenant is deleted). */
  void deleteTenant(String tenant) throws IOException;
}
