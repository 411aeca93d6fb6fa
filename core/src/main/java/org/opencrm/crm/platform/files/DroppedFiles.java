package org.opencrm.crm.platform.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Deletes dropped files' bytes after the commit; a failure leaves only an unused file. */
@ApplicationScoped
public class DroppedFiles {

  private static final Logger LOG = Logger.getLogger(DroppedFiles.class.getName());

  void afterCommit(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) FilesDropped event, FileStore files) {
    for (String key : event.keys()) {
      try {
        files.delete(event.tenant(), key);
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "Could not remove file " + key + " of " + event.tenant(), e);
      }
    }
  }
}
