package org.opencrm.crm.platform.tenant.archive;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * Checks all of an archive before anything is created from it: that it is a readable ZIP file with
 * a manifest of this format in a version this application reads, exported at this application's
 * tenant schema version, that every table's file is there and holds exactly the rows the manifest
 * counts, each fitting the table's columns, with the manifest's checksum, and that every file the
 * manifest lists is there with its size and checksum under a key the file store takes, and no other
 * file. Rows and files are streamed, never held.
 */
final class ArchiveValidator {

  private static final Logger LOG = Logger.getLogger(ArchiveValidator.class.getName());

  /** A manifest lists tables, not rows; anything this large is not one. */
  private static final int MANIFEST_LIMIT = 16 * 1024 * 1024;

  private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};
  private static final byte[] EMPTY_ARCHIVE = {'P', 'K', 5, 6};

  private final String schemaVersion;
  private final List<String> changesets;
  private final Predicate<String> storeKeys;

  /**
   * @param schemaVersion the fingerprint of this application's tenant changelog
   * @param changesets the ids of its changesets, to tell newer archives from older ones
   * @param storeKeys which file keys the file store takes (besides being safe, which every key of
   *     an archive must be)
   */
  ArchiveValidator(String schemaVersion, List<String> changesets, Predicate<String> storeKeys) {
    this.schemaVersion = schemaVersion;
    this.changesets = List.copyOf(changesets);
    this.storeKeys = storeKeys;
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
      for (ArchiveFile listed : manifest.files()) {
        checkFile(archive, listed);
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

  /**
   * Every listed table and file has its entry, and there is no unlisted one: no table file the
   * manifest lacks, no file under {@code files/} that it does not list, none twice, none under a
   * name that is not a safe key (a {@code ..} part, an absolute path, a backslash) or that the file
   * store does not take.
   */
  private void checkEntries(ZipFile zip, ArchiveManifest manifest) {
    Set<String> tables = new HashSet<>();
    manifest.tables().forEach(t -> tables.add(t.entry()));
    Set<String> files = new HashSet<>();
    for (ArchiveFile file : manifest.files()) {
      if (!storeKeys.test(file.key())) {
        throw ArchiveRefusal.of(ArchiveRefusal.FILE_KEY, ArchiveManifest.shown(file.key()));
      }
      files.add(file.entry());
    }
    Set<String> seen = new HashSet<>();
    for (ZipEntry entry : Collections.list(zip.entries())) {
      String name = entry.getName();
      if (name.startsWith(ArchiveFormat.FILES)) {
        checkFileEntry(entry, files, seen);
      } else if (name.startsWith(ArchiveFormat.TABLES)
          && !entry.isDirectory()
          && !tables.contains(name)) {
        throw ArchiveRefusal.of(ArchiveRefusal.MANIFEST_INVALID, name);
      }
    }
    for (ArchiveTable table : manifest.tables()) {
      ZipEntry entry = zip.getEntry(table.entry());
      if (entry == null || entry.isDirectory()) {
        throw ArchiveRefusal.of(ArchiveRefusal.TABLE_MISSING, table.name());
      }
    }
    for (ArchiveFile file : manifest.files()) {
      if (!seen.contains(file.entry())) {
        throw ArchiveRefusal.of(ArchiveRefusal.FILE_MISSING, ArchiveManifest.shown(file.key()));
      }
    }
  }

  /** One entry under {@code files/}: a folder of safe names, or a listed file seen once. */
  private static void checkFileEntry(ZipEntry entry, Set<String> listed, Set<String> seen) {
    String name = entry.getName();
    String key = name.substring(ArchiveFormat.FILES.length());
    if (entry.isDirectory()) {
      String folder = key.isEmpty() ? "" : key.substring(0, key.length() - 1);
      if (!folder.isEmpty() && !ArchiveFormat.isSafeKey(folder)) {
        throw ArchiveRefusal.of(ArchiveRefusal.FILE_KEY, ArchiveManifest.shown(name));
      }
      return;
    }
    if (!ArchiveFormat.isSafeKey(key)) {
      throw ArchiveRefusal.of(ArchiveRefusal.FILE_KEY, ArchiveManifest.shown(name));
    }
    if (!listed.contains(name) || !seen.add(name)) {
      throw ArchiveRefusal.of(ArchiveRefusal.FILE_UNLISTED, ArchiveManifest.shown(name));
    }
  }

  /**
   * The file has exactly the listed size and checksum. Reading stops one byte past the listed size,
   * so an entry that unpacks to far more than it claims costs no more than the claim.
   */
  private static void checkFile(ValidatedArchive archive, ArchiveFile file) {
    MessageDigest sha = sha256();
    long size = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = archive.open(file)) {
      for (int n; size <= file.size() && (n = in.read(buffer)) > 0; ) {
        sha.update(buffer, 0, n);
        size += n;
      }
    } catch (IOException e) {
      throw ArchiveRefusal.of(ArchiveRefusal.DAMAGED);
    }
    String key = ArchiveManifest.shown(file.key());
    if (size != file.size()) {
      throw ArchiveRefusal.of(ArchiveRefusal.FILE_SIZE, key, String.valueOf(file.size()));
    }
    if (!HexFormat.of().formatHex(sha.digest()).equals(file.sha256())) {
      throw ArchiveRefusal.of(ArchiveRefusal.FILE_CHECKSUM, key);
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
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
