package org.opencrm.crm.platform.tenant.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.opencrm.crm.platform.files.FileStore;
import org.opencrm.crm.platform.files.StoredBlob;

/**
 * A tenant's files in an archive: written from the file store into {@code files/<key>}, and put
 * back into the store for a new tenant. Both stream, a buffer at a time, whatever a file's size.
 * The file store knows a tenant by its slug.
 */
final class ArchiveFiles {

  private static final Logger LOG = Logger.getLogger(ArchiveFiles.class.getName());

  private static final int BUFFER = 1 << 16;

  private ArchiveFiles() {}

  /**
   * Writes every file of the tenant into the ZIP stream as {@code files/<key>}, computing its size
   * and SHA-256 on the way; returns them in key order. Images and documents are mostly packed
   * already, so they are deflated at the fastest level. A file removed between listing and reading
   * (its record was deleted meanwhile) is left out.
   */
  static List<ArchiveFile> write(FileStore store, String tenant, ZipOutputStream zip)
      throws IOException {
    List<ArchiveFile> written = new ArrayList<>();
    zip.setLevel(Deflater.BEST_SPEED);
    byte[] buffer = new byte[BUFFER];
    for (String key : store.keys(tenant)) {
      if (!ArchiveFormat.isSafeKey(key)) {
        throw new IllegalStateException("The file store holds a key unfit for an archive: " + key);
      }
      InputStream opened;
      try {
        opened = store.open(tenant, key);
      } catch (NoSuchFileException e) {
        LOG.fine(() -> "File " + key + " of " + tenant + " was removed during the export");
        continue;
      }
      try (InputStream in = opened) {
        zip.putNextEntry(new ZipEntry(ArchiveFormat.fileEntry(key)));
        MessageDigest sha = ArchiveValidator.sha256();
        long size = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
          sha.update(buffer, 0, n);
          zip.write(buffer, 0, n);
          size += n;
        }
        zip.closeEntry();
        written.add(new ArchiveFile(key, size, HexFormat.of().formatHex(sha.digest())));
      }
    }
    zip.setLevel(Deflater.DEFAULT_COMPRESSION);
    return written;
  }

  /**
   * Puts every file of a validated archive into the store under its key for the new tenant, and
   * checks that what the store kept has the listed size and checksum. Whatever the tenant's folder
   * held before (left by an earlier company of the same address whose files could not be removed)
   * goes first. All or nothing: on a failure every file of the tenant is removed again and the
   * failure thrown.
   */
  static void restore(ValidatedArchive archive, FileStore store, String tenant) throws IOException {
    try {
      store.deleteTenant(tenant);
      for (ArchiveFile file : archive.manifest().files()) {
        StoredBlob kept;
        try (InputStream in = archive.open(file)) {
          kept = store.putAt(tenant, file.key(), in);
        }
        if (kept.size() != file.size() || !kept.sha256().equals(file.sha256())) {
          throw new IllegalStateException(
              "File "
                  + file.key()
                  + " was kept with "
                  + kept.size()
                  + " bytes (checksum "
                  + kept.sha256()
                  + ") instead of "
                  + file.size()
                  + " (checksum "
                  + file.sha256()
                  + ")");
        }
      }
    } catch (IOException | RuntimeException e) {
      removeAll(store, tenant, e);
      throw e;
    }
  }

  /**
   * Removes every file of a tenant whose creation failed; a failure to remove them is added to the
   * failure at hand and logged, so the original reason is what is reported.
   */
  static void removeAll(FileStore store, String tenant, Throwable failure) {
    try {
      store.deleteTenant(tenant);
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
      LOG.log(Level.WARNING, "Files of the failed tenant " + tenant + " were not removed", e);
    }
  }
}
