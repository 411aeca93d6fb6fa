package org.opencrm.crm.platform.tenant.archive;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * Checks all of an archive before anything is created from it: that it is a readable ZIP file with
 * a manifest of this format in a version this application reads, exported at this application's
 * tenant schema version, and that every table's file is there and holds exactly the rows the
 * manifest counts, each fitting the table's columns, with the manifest's checksum. Rows are
 * streamed, never held.
 */
final class ArchiveValidator {

  private static final Logger LOG = Logger.getLogger(ArchiveValidator.class.getName());

  /** A manifest lists tables, not rows; anything this large is not one. */
  private static final int MANIFEST_LIMIT = 16 * 1024 * 1024;

  private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};
  private static final byte[] EMPTY_ARCHIVE = {'P', 'K', 5, 6};

  private final String schemaVersion;
  private final List<String> changesets;

  /**
   * @param schemaVersion the fingerprint of this application's tenant changelog
   * @param changesets the ids of its changesets, to tell newer archives from older ones
   */
  ArchiveValidator(String schemaVersion, List<String> changesets) {
    this.schemaVersion = schemaVersion;
    this.changesets = List.copyOf(changesets);
  }

  /**
   * Checks the archive; the answer is open for loading.
   *
   * @throws ValidationException on the field {@value ArchiveRefusal#FIELD} for the first problem
   */
  ValidatedArchive validate(Path file) {
    requireZip(file);
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw ArchiveRefusal.of(ArchiveRefusal.DAMAGED);
    }
    try {
      ArchiveManifest manifest = manifest(zip);
      checkSchemaVersion(manifest);
      checkEntries(zip, manifest);
      ValidatedArchive archive = new ValidatedArchive(zip, manifest);
      for (ArchiveTable table : manifest.tables()) {
        checkRows(archive, table);
      }
      return archive;
    } catch (RuntimeException e) {
      try {
        zip.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  private static void requireZip(Path file) {
    if (file == null || !Files.isRegularFile(file)) {
      throw ArchiveRefusal.of(ArchiveRefusal.REQUIRED);
    }
    byte[] start = new byte[4];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(start, 0, start.length);
    } catch (IOException e) {
      throw ArchiveRefusal.of(ArchiveRefusal.REQUIRED);
    }
    if (read < start.length
        || !(Arrays.equals(start, LOCAL_HEADER) || Arrays.equals(start, EMPTY_ARCHIVE))) {
      throw ArchiveRefusal.of(ArchiveRefusal.NOT_ZIP);
    }
  }

  private static ArchiveManifest manifest(ZipFile zip) {
    ZipEntry entry = zip.getEntry(ArchiveFormat.MANIFEST);
    if (entry == null || entry.isDirectory()) {
      throw ArchiveRefusal.of(ArchiveRefusal.FOREIGN);
    }
    byte[] bytes;
    try (InputStream in = zip.getInputStream(entry)) {
      bytes = in.readNBytes(MANIFEST_LIMIT + 1);
    } catch (IOException e) {
      throw ArchiveRefusal.of(ArchiveRefusal.DAMAGED);
    }
    if (bytes.length > MANIFEST_LIMIT) {
      throw ArchiveRefusal.of(ArchiveRefusal.MANIFEST_INVALID, "size");
    }
    return ArchiveManifest.read(new ByteArrayInputStream(bytes));
  }

  /**
   * The fingerprint says whether the versions are equal; the changesets say which is newer: an
   * archive holding every changeset of this application and more comes from a newer one.
   */
  private void checkSchemaVersion(ArchiveManifest manifest) {
    if (schemaVersion.equals(manifest.schemaVersion())) {
      return;
    }
    Set<String> theirs = new HashSet<>(manifest.changesets());
    Set<String> ours = new HashSet<>(changesets);
    if (theirs.containsAll(ours) && theirs.size() > ours.size()) {
      String unknown =
          manifest.changesets().stream().filter(id -> !ours.contains(id)).findFirst().orElse("");
      throw ArchiveRefusal.of(ArchiveRefusal.SCHEMA_NEWER, unknown);
    }
    if (ours.containsAll(theirs) && ours.size() > theirs.size()) {
      String missing =
          changesets.stream().filter(id -> !theirs.contains(id)).findFirst().orElse("");
      throw ArchiveRefusal.of(ArchiveRefusal.SCHEMA_OLDER, missing);
    }
    throw ArchiveRefusal.of(ArchiveRefusal.SCHEMA_DIFFERENT);
  }

  /** Every listed table has its file, no file is unlisted, and there are no files to store. */
  private static void checkEntries(ZipFile zip, ArchiveManifest manifest) {
    Set<String> listed = new HashSet<>();
    manifest.tables().forEach(t -> listed.add(t.entry()));
    int files = 0;
    for (ZipEntry entry : Collections.list(zip.entries())) {
      String name = entry.getName();
      if (name.startsWith(ArchiveFormat.FILES) && !entry.isDirectory()) {
        files++;
      } else if (name.startsWith(ArchiveFormat.TABLES)
          && !entry.isDirectory()
          && !listed.contains(name)) {
        throw ArchiveRefusal.of(ArchiveRefusal.MANIFEST_INVALID, name);
      }
    }
    if (files > 0 || manifest.fileCount() != 0) {
      throw ArchiveRefusal.of(ArchiveRefusal.FILES_UNSUPPORTED);
    }
    for (ArchiveTable table : manifest.tables()) {
      ZipEntry entry = zip.getEntry(table.entry());
      if (entry == null || entry.isDirectory()) {
        throw ArchiveRefusal.of(ArchiveRefusal.TABLE_MISSING, table.name());
      }
    }
  }

  private static void checkRows(ValidatedArchive archive, ArchiveTable table) {
    TableCodec codec = new TableCodec(table);
    TableDigest digest = new TableDigest();
    try (BufferedReader lines = archive.lines(table)) {
      long lineNumber = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        Object[] row;
        try {
          row = codec.decode(line);
        } catch (RowMismatchException e) {
          long at = lineNumber;
          LOG.info(
              () -> "Archive refused: " + table.name() + " line " + at + ": " + e.getMessage());
          throw ArchiveRefusal.of(ArchiveRefusal.ROW_MISMATCH, table.name(), String.valueOf(at));
        }
        digest.add(codec.encode(row));
      }
    } catch (IOException e) {
      throw ArchiveRefusal.of(ArchiveRefusal.DAMAGED);
    }
    if (digest.rows() != table.rows()) {
      throw ArchiveRefusal.of(ArchiveRefusal.ROW_COUNT, table.name(), digest.rows(), table.rows());
    }
    if (!digest.finish().equals(table.sha256())) {
      throw ArchiveRefusal.of(ArchiveRefusal.CHECKSUM, table.name());
    }
  }
}
