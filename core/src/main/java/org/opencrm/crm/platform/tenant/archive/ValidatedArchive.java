package org.opencrm.crm.platform.tenant.archive;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipFile;

/** An archive that passed every check, open for loading its rows; close it when done. */
record ValidatedArchive(ZipFile zip, ArchiveManifest manifest) implements Closeable {

  /** The lines of a table's file; malformed UTF-8 is an error, never replaced. */
  BufferedReader lines(ArchiveTable table) throws IOException {
    return new BufferedReader(
        new InputStreamReader(
            zip.getInputStream(zip.getEntry(table.entry())), StandardCharsets.UTF_8.newDecoder()),
        1 << 16);
  }

  /** The bytes of a listed file (checked against the manifest when the archive was validated). */
  InputStream open(ArchiveFile file) throws IOException {
    return zip.getInputStream(zip.getEntry(file.entry()));
  }

  /** Closes the file; a failure to close a file that was only read is logged, not thrown. */
  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException e) {
      Logger.getLogger(ValidatedArchive.class.getName())
          .log(Level.WARNING, "Cannot close archive " + zip.getName(), e);
    }
  }
}
