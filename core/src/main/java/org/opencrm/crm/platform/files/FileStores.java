package org.opencrm.crm.platform.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;

/**
 * Produces the installation's file store: a folder named by {@code crm.files.dir} (or {@code
 * CRM_FILES_DIR}), by default {@code crm/files} in the server's data folder, next to the secret
 * key. Nodes that share a store mount the same folder there.
 */
@ApplicationScoped
public class FileStores {

  private volatile FileStore store;

  @Produces
  @Dependent
  FileStore fileStore() {
    if (store == null) {
      store = new FolderFileStore(folder());
    }
    return store;
  }

  /** The folder the store keeps its files in. */
  static Path folder() {
    String configured = System.getProperty("crm.files.dir", System.getenv("CRM_FILES_DIR"));
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured.strip());
    }
    String dataDir =
        System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
    return Path.of(dataDir, "crm", "files");
  }
}
