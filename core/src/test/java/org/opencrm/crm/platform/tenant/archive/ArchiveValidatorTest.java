package org.opencrm.crm.platform.tenant.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencrm.crm.platform.files.FolderFileStore;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

class ArchiveValidatorTest {

  private static final String VERSION = "0123456789abcdef";
  private static final List<String> CHANGESETS = List.of("0.1.0-01-a", "0.1.0-02-b");

  private static final ArchiveTable PERSON =
      new ArchiveTable(
          "person",
          List.of(
              new ArchiveColumn("id", "bigint", false),
              new ArchiveColumn("name", "varchar(100)", false),
              new ArchiveColumn("active", "tinyint(1)", false),
              new ArchiveColumn("born", "date", true)),
          List.of("id"),
          0,
          null);
  private static final ArchiveTable NOTE =
      new ArchiveTable(
          "note",
          List.of(
              new ArchiveColumn("id", "bigint", false),
              new ArchiveColumn("person_id", "bigint", false),
              new ArchiveColumn("text", "text", true)),
          List.of("id"),
          0,
          null);

  @TempDir Path dir;

  private static final String PHOTO = "2026/05/0b1e4d7c-2f7a-4f7e-9a51-3c1f0d9e8a20";
  private static final String SCAN = "2026/06/7d0c3a55-91b2-4c8e-8f0e-5a2b6c4d1e90";

  private final ArchiveValidator validator =
      new ArchiveValidator(VERSION, CHANGESETS, new FolderFileStore(Path.of("unused"))::isKey);

  /** An archive as a test wants it; by default a valid one of two tables. */
  private final class Archive {
    final Map<ArchiveTable, List<String>> tables = new LinkedHashMap<>();
    final Map<String, byte[]> files = new LinkedHashMap<>();
    final Map<String, byte[]> extraEntries = new LinkedHashMap<>();
    final List<String> leftOut = new ArrayList<>();
    String schemaVersion = VERSION;
    List<String> changesets = CHANGESETS;
    UnaryOperator<String> editManifest = UnaryOperator.identity();
    UnaryOperator<String> editRowsAfterChecksum = UnaryOperator.identity();
    UnaryOperator<byte[]> editFilesAfterChecksum = UnaryOperator.identity();

    Archive() {
      tables.put(
          PERSON,
          List.of(
              "[1,\"Иванов\",true,\"1980-05-01\"]",
              "[2,\"O'Brien \\\"Jr\\\"\",false,null]",
              "[3,\"Петрова\",true,\"2001-01-31\"]"));
      tables.put(NOTE, List.of("[10,1,\"first\\nsecond\"]", "[11,3,null]"));
      byte[] photo = new byte[200_000];
      new Random(7).nextBytes(photo);
      files.put(PHOTO, photo);
      files.put(SCAN, "%PDF-1.7 a scanned contract".getBytes(StandardCharsets.UTF_8));
    }

    Path write() throws IOException {
      List<ArchiveTable> listed = new ArrayList<>();
      tables.forEach(
          (table, lines) -> listed.add(table.withContents(lines.size(), sha256(text(lines)))));
      ArchiveManifest manifest =
          new ArchiveManifest(
              ArchiveFormat.NAME,
              ArchiveFormat.VERSION,
              schemaVersion,
              changesets,
              "source",
              "Source Ltd",
              Instant.parse("2026-12-03T10:15:30.123Z"),
              listed,
              files.entrySet().stream()
                  .map(f -> new ArchiveFile(f.getKey(), f.getValue().length, sha256(f.getValue())))
                  .toList());
      ByteArrayOutputStream json = new ByteArrayOutputStream();
      manifest.write(json);
      Path file = dir.resolve("archive-" + System.nanoTime() + ".zip");
      try (OutputStream out = Files.newOutputStream(file);
          ZipOutputStream zip = new ZipOutputStream(out)) {
        zip.putNextEntry(new ZipEntry(ArchiveFormat.FILES));
        zip.closeEntry();
        for (var table : tables.entrySet()) {
          put(zip, table.getKey().entry(), editRowsAfterChecksum.apply(text(table.getValue())));
        }
        for (var f : files.entrySet()) {
          String name = ArchiveFormat.fileEntry(f.getKey());
          if (!leftOut.contains(name)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(editFilesAfterChecksum.apply(f.getValue()));
            zip.closeEntry();
          }
        }
        put(zip, ArchiveFormat.MANIFEST, editManifest.apply(json.toString(StandardCharsets.UTF_8)));
        for (var extra : extraEntries.entrySet()) {
          zip.putNextEntry(new ZipEntry(extra.getKey()));
          zip.write(extra.getValue());
          zip.closeEntry();
        }
      }
      return file;
    }

    private void put(ZipOutputStream zip, String name, String content) throws IOException {
      if (!leftOut.contains(name)) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }

  private static String text(List<String> lines) {
    return lines.stream().map(l -> l + "\n").reduce("", String::concat);
  }

  private static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private FieldError refusal(Path file) {
    ValidationException e = assertThrows(ValidationException.class, () -> validator.validate(file));
    assertEquals(1, e.errors().size(), e.errors()::toString);
    assertEquals(ArchiveRefusal.FIELD, e.errors().get(0).field());
    return e.errors().get(0);
  }

  private String refusalKey(Path file) {
    return refusal(file).messageKey();
  }

  @Test
  void acceptsAWholeArchiveAndOpensItForLoading() throws IOException {
    try (ValidatedArchive archive = validator.validate(new Archive().write())) {
      assertEquals("source", archive.manifest().sourceSlug());
      assertEquals(
          List.of("person", "note"),
          archive.manifest().tables().stream().map(ArchiveTable::name).toList());
      assertEquals(5, archive.manifest().totalRows());
      try (BufferedReader lines = archive.lines(archive.manifest().tables().get(1))) {
        assertEquals("[10,1,\"first\\nsecond\"]", lines.readLine());
      }
      assertEquals(
          List.of(PHOTO, SCAN), archive.manifest().files().stream().map(ArchiveFile::key).toList());
      try (InputStream in = archive.open(archive.manifest().files().get(1))) {
        assertEquals("%PDF-1.7 a scanned contract", new String(in.readAllBytes(), UTF_8));
      }
    }
  }

  @Test
  void refusesAFileThatIsNotAZipArchive() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.zip"), "id;name\n1;Иванов\n");
    assertEquals(ArchiveRefusal.NOT_ZIP, refusalKey(text));
    assertEquals(
        ArchiveRefusal.NOT_ZIP, refusalKey(Files.write(dir.resolve("empty"), new byte[0])));
    assertEquals(ArchiveRefusal.REQUIRED, refusalKey(dir.resolve("missing.zip")));
  }

  @Test
  void refusesATruncatedArchive() throws IOException {
    byte[] whole = Files.readAllBytes(new Archive().write());
    Path half = Files.write(dir.resolve("half.zip"), Arrays.copyOf(whole, whole.length / 2));
    assertEquals(ArchiveRefusal.DAMAGED, refusalKey(half));
  }

  @Test
  void refusesAZipFileOfSomethingElse() throws IOException {
    Archive noManifest = new Archive();
    noManifest.leftOut.add(ArchiveFormat.MANIFEST);
    assertEquals(ArchiveRefusal.FOREIGN, refusalKey(noManifest.write()));

    Archive otherFormat = new Archive();
    otherFormat.editManifest = json -> json.replace(ArchiveFormat.NAME, "someone-elses-backup");
    assertEquals(ArchiveRefusal.FOREIGN, refusalKey(otherFormat.write()));
  }

  @Test
  void refusesAFormatVersionItCannotRead() throws IOException {
    Archive future = new Archive();
    future.editManifest =
        json -> json.replaceFirst("\"formatVersion\":\\s*2", "\"formatVersion\": 3");
    FieldError error = refusal(future.write());
    assertEquals(ArchiveRefusal.FORMAT_VERSION, error.messageKey());
    assertEquals(List.of("3", ArchiveFormat.VERSION), error.arguments());
  }

  @Test
  void tellsArchivesOfNewerOlderAndOtherSchemaVersionsApart() throws IOException {
    Archive newer = new Archive();
    newer.schemaVersion = "fedcba9876543210";
    newer.changesets = List.of("0.1.0-01-a", "0.1.0-02-b", "0.2.0-01-company");
    FieldError error = refusal(newer.write());
    assertEquals(ArchiveRefusal.SCHEMA_NEWER, error.messageKey());
    assertEquals(List.of("0.2.0-01-company"), error.arguments());

    Archive older = new Archive();
    older.schemaVersion = "1111111111111111";
    older.changesets = List.of("0.1.0-01-a");
    error = refusal(older.write());
    assertEquals(ArchiveRefusal.SCHEMA_OLDER, error.messageKey());
    assertEquals(List.of("0.1.0-02-b"), error.arguments());

    Archive other = new Archive();
    other.schemaVersion = "2222222222222222";
    other.changesets = List.of("0.1.0-01-a", "0.1.0-02-fork");
    assertEquals(ArchiveRefusal.SCHEMA_DIFFERENT, refusalKey(other.write()));
  }

  @Test
  void refusesAnArchiveWithATableFileMissingOrUnlisted() throws IOException {
    Archive missing = new Archive();
    missing.leftOut.add(NOTE.entry());
    FieldError error = refusal(missing.write());
    assertEquals(ArchiveRefusal.TABLE_MISSING, error.messageKey());
    assertEquals(List.of("note"), error.arguments());

    Archive unlisted = new Archive();
    unlisted.extraEntries.put("tables/secret.jsonl", "[1]\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(ArchiveRefusal.MANIFEST_INVALID, refusalKey(unlisted.write()));
  }

  @Test
  void refusesAFileChangedAfterExportByItsChecksumOrSize() throws IOException {
    Archive altered = new Archive();
    altered.editFilesAfterChecksum =
        bytes -> {
          byte[] changed = bytes.clone();
          changed[changed.length / 2] ^= 1;
          return changed;
        };
    FieldError error = refusal(altered.write());
    assertEquals(ArchiveRefusal.FILE_CHECKSUM, error.messageKey());
    assertEquals(List.of(PHOTO), error.arguments());

    Archive cut = new Archive();
    cut.editFilesAfterChecksum = bytes -> Arrays.copyOf(bytes, bytes.length - 1);
    error = refusal(cut.write());
    assertEquals(ArchiveRefusal.FILE_SIZE, error.messageKey());
    assertEquals(List.of(PHOTO, "200000"), error.arguments());

    Archive grown = new Archive();
    grown.editFilesAfterChecksum = bytes -> Arrays.copyOf(bytes, bytes.length + 1_000_000);
    assertEquals(ArchiveRefusal.FILE_SIZE, refusalKey(grown.write()));
  }

  @Test
  void refusesAFileTheManifestDoesNotListOrThatIsMissing() throws IOException {
    Archive unlisted = new Archive();
    unlisted.extraEntries.put(
        "files/2026/07/5f3e2d1c-0b9a-4877-8665-544332211000", new byte[] {1, 2, 3});
    FieldError error = refusal(unlisted.write());
    assertEquals(ArchiveRefusal.FILE_UNLISTED, error.messageKey());
    assertEquals(List.of("files/2026/07/5f3e2d1c-0b9a-4877-8665-544332211000"), error.arguments());

    Archive missing = new Archive();
    missing.leftOut.add(ArchiveFormat.fileEntry(SCAN));
    error = refusal(missing.write());
    assertEquals(ArchiveRefusal.FILE_MISSING, error.messageKey());
    assertEquals(List.of(SCAN), error.arguments());
  }

  @Test
  void refusesAFileNameThatWouldLeaveTheTenantsFolder() throws IOException {
    for (String name :
        List.of("files/../evil", "files/2026/../../evil", "files//etc/passwd", "files/a\\b")) {
      Archive slip = new Archive();
      slip.extraEntries.put(name, "owned".getBytes(StandardCharsets.UTF_8));
      FieldError error = refusal(slip.write());
      assertEquals(ArchiveRefusal.FILE_KEY, error.messageKey(), name);
      assertEquals(List.of(name), error.arguments());
    }

    Archive listed = new Archive();
    listed.files.put("../evil", "owned".getBytes(StandardCharsets.UTF_8));
    FieldError error = refusal(listed.write());
    assertEquals(ArchiveRefusal.FILE_KEY, error.messageKey());
    assertEquals(List.of("../evil"), error.arguments());

    Archive folder = new Archive();
    folder.extraEntries.put("files/../", new byte[0]);
    assertEquals(ArchiveRefusal.FILE_KEY, refusalKey(folder.write()));
  }

  @Test
  void refusesASafeKeyThatTheFileStoreDoesNotTake() throws IOException {
    Archive foreignKey = new Archive();
    foreignKey.files.put("contract.pdf", new byte[] {1, 2, 3});
    FieldError error = refusal(foreignKey.write());
    assertEquals(ArchiveRefusal.FILE_KEY, error.messageKey());
    assertEquals(List.of("contract.pdf"), error.arguments());
  }

  @Test
  void acceptsFolderEntriesOfSafeNames() throws IOException {
    Archive folders = new Archive();
    folders.extraEntries.put("files/2026/", new byte[0]);
    folders.extraEntries.put("files/2026/05/", new byte[0]);
    try (ValidatedArchive archive = validator.validate(folders.write())) {
      assertEquals(2, archive.manifest().fileCount());
    }
  }

  @Test
  void acceptsAnArchiveOfTheFirstVersionWithoutFilesAndRefusesOneWithFiles() throws IOException {
    UnaryOperator<String> versionOne =
        json ->
            json.replaceFirst("\"formatVersion\":\\s*2", "\"formatVersion\": 1")
                .replaceFirst(
                    "\"files\":\\s*\\{[^}]*\\[[^\\]]*\\][^}]*\\}",
                    "\"files\": {\"count\": 0, \"note\": \"no file store yet\"}");
    Archive old = new Archive();
    old.files.clear();
    old.editManifest = versionOne;
    try (ValidatedArchive archive = validator.validate(old.write())) {
      assertEquals(1, archive.manifest().formatVersion());
      assertEquals(0, archive.manifest().fileCount());
      assertEquals(5, archive.manifest().totalRows());
    }

    Archive oldWithFile = new Archive();
    oldWithFile.files.clear();
    oldWithFile.editManifest = versionOne;
    oldWithFile.extraEntries.put("files/" + PHOTO, new byte[] {1, 2, 3});
    assertEquals(ArchiveRefusal.FILE_UNLISTED, refusalKey(oldWithFile.write()));
  }

  @Test
  void refusesARowChangedAfterExport() throws IOException {
    Archive altered = new Archive();
    altered.editRowsAfterChecksum = rows -> rows.replace("Петрова", "Петрович");
    FieldError error = refusal(altered.write());
    assertEquals(ArchiveRefusal.CHECKSUM, error.messageKey());
    assertEquals(List.of("person"), error.arguments());
  }

  @Test
  void acceptsTheSameValuesWrittenAnotherWay() throws IOException {
    Archive respaced = new Archive();
    respaced.editRowsAfterChecksum =
        rows -> rows.replace("[1,\"Иванов\",true,", "[ 1, \"Иванов\", 1,");
    try (ValidatedArchive archive = validator.validate(respaced.write())) {
      assertEquals(3, archive.manifest().tables().get(0).rows());
    }
  }

  @Test
  void refusesMissingOrExtraRows() throws IOException {
    Archive cut = new Archive();
    cut.editRowsAfterChecksum = rows -> rows.replace("[11,3,null]\n", "");
    FieldError error = refusal(cut.write());
    assertEquals(ArchiveRefusal.ROW_COUNT, error.messageKey());
    assertEquals(List.of("note", 1L, 2L), error.arguments());
  }

  @Test
  void refusesARowThatDoesNotFitItsColumnsWithItsLine() throws IOException {
    Archive misfit = new Archive();
    misfit.editRowsAfterChecksum = rows -> rows.replace("[2,\"O'Brien", "[2,false,\"O'Brien");
    FieldError error = refusal(misfit.write());
    assertEquals(ArchiveRefusal.ROW_MISMATCH, error.messageKey());
    assertEquals(List.of("person", "2"), error.arguments());
  }

  @Test
  void refusesAManifestWithAMissingOrWrongField() throws IOException {
    Archive noTables = new Archive();
    noTables.editManifest = json -> json.replace("\"tables\"", "\"tablez\"");
    assertEquals(ArchiveRefusal.MANIFEST_INVALID, refusalKey(noTables.write()));

    Archive badType = new Archive();
    badType.editManifest = json -> json.replace("\"varchar(100)\"", "\"geometry\"");
    assertEquals(ArchiveRefusal.MANIFEST_INVALID, refusalKey(badType.write()));

    Archive notJson = new Archive();
    notJson.editManifest = json -> json.substring(0, json.length() / 2);
    assertEquals(ArchiveRefusal.MANIFEST_INVALID, refusalKey(notJson.write()));
  }
}
