package org.opencrm.crm.platform.tenant.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.platform.validation.ValidationException;

class ArchiveManifestTest {

  private static final ArchiveManifest MANIFEST =
      new ArchiveManifest(
          ArchiveFormat.NAME,
          ArchiveFormat.VERSION,
          "0123456789abcdef",
          List.of("0.1.0-01-settings", "0.1.0-02-security-tables"),
          "acme",
          "ООО «Акме»",
          Instant.parse("2026-12-03T10:15:30.123456Z"),
          List.of(
              new ArchiveTable(
                  "contact",
                  List.of(
                      new ArchiveColumn("id", "bigint", false),
                      new ArchiveColumn("notes", "text", true)),
                  List.of("id"),
                  100_000,
                  "a".repeat(64))),
          List.of(
              new ArchiveFile(
                  "2026/05/0b1e4d7c-2f7a-4f7e-9a51-3c1f0d9e8a20", 48_213, "b".repeat(64)),
              new ArchiveFile("2026/06/7d0c3a55-91b2-4c8e-8f0e-5a2b6c4d1e90", 0, "c".repeat(64))));

  private static String json(ArchiveManifest manifest) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    manifest.write(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static ArchiveManifest read(String json) {
    return ArchiveManifest.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsBackWhatItWrites() {
    assertEquals(MANIFEST, read(json(MANIFEST)));
  }

  @Test
  void saysWhatItIsAndListsEveryFileWithItsSizeAndChecksum() {
    String json = json(MANIFEST);
    assertTrue(json.contains("\"format\": \"" + ArchiveFormat.NAME + "\""), json);
    assertTrue(json.contains("\"formatVersion\": 2"), json);
    assertTrue(json.contains("\"file\": \"tables/contact.jsonl\""), json);
    assertTrue(json.contains("\"count\": 2"), json);
    assertTrue(json.contains("\"key\": \"2026/05/0b1e4d7c-2f7a-4f7e-9a51-3c1f0d9e8a20\""), json);
    assertTrue(json.contains("\"size\": 48213"), json);
    assertTrue(json.contains("\"sha256\": \"" + "b".repeat(64) + "\""), json);
    assertEquals(48_213, MANIFEST.totalFileBytes());
  }

  /** A manifest as version 1 wrote it: no file list, a count of zero and a note. */
  private static String versionOne(ArchiveManifest manifest) {
    String json = json(manifest);
    return json.replaceFirst("\"formatVersion\": 2", "\"formatVersion\": 1")
            .substring(0, json.indexOf("\"files\""))
        + "\"files\": {\"count\": 0, \"note\": \"This installation has no file store yet\"}}";
  }

  @Test
  void readsAVersionOneManifestAsOneWithoutFiles() {
    ArchiveManifest withoutFiles =
        new ArchiveManifest(
            MANIFEST.format(),
            MANIFEST.formatVersion(),
            MANIFEST.schemaVersion(),
            MANIFEST.changesets(),
            MANIFEST.sourceSlug(),
            MANIFEST.sourceDisplayName(),
            MANIFEST.exportedAt(),
            MANIFEST.tables(),
            List.of());
    ArchiveManifest old = read(versionOne(withoutFiles));
    assertEquals(1, old.formatVersion());
    assertEquals(List.of(), old.files());
    assertEquals(MANIFEST.tables(), old.tables());

    String counted = versionOne(withoutFiles).replace("\"count\": 0", "\"count\": 1");
    ValidationException e = assertThrows(ValidationException.class, () -> read(counted));
    assertEquals(ArchiveRefusal.MANIFEST_INVALID, e.errors().get(0).messageKey());
    assertEquals(List.of("files.count"), e.errors().get(0).arguments());
  }

  @Test
  void refusesFileKeysThatCouldLeaveTheTenantsFolderByName() {
    String key = MANIFEST.files().get(0).key();
    String json = json(MANIFEST);
    for (String unsafe :
        List.of(
            "../evil",
            "2026/../../evil",
            "/etc/passwd",
            "2026\\\\05\\\\evil",
            "C:evil",
            "./evil",
            "2026//evil",
            "2026/05/",
            "",
            "x".repeat(256))) {
      ValidationException e =
          assertThrows(ValidationException.class, () -> read(json.replace(key, unsafe)), unsafe);
      assertEquals(ArchiveRefusal.FILE_KEY, e.errors().get(0).messageKey(), unsafe);
      String shown = (String) e.errors().get(0).arguments().get(0);
      assertTrue(shown.length() <= 100, shown);
    }
    assertTrue(ArchiveFormat.isSafeKey("x".repeat(255)));
    assertTrue(ArchiveFormat.isSafeKey("attachments/2026/contract_v2.final.pdf"));
  }

  @Test
  void refusesAFileListThatDoesNotAddUp() {
    String json = json(MANIFEST);
    String second = MANIFEST.files().get(1).key();
    for (String broken :
        List.of(
            json.replace("\"count\": 2", "\"count\": 3"),
            json.replace("\"size\": 48213", "\"size\": -1"),
            json.replace("b".repeat(64), "B".repeat(64)),
            json.replace(second, MANIFEST.files().get(0).key()),
            json.replace("\"items\"", "\"list\""))) {
      ValidationException e = assertThrows(ValidationException.class, () -> read(broken));
      assertEquals(ArchiveRefusal.MANIFEST_INVALID, e.errors().get(0).messageKey(), broken);
    }
  }

  @Test
  void refusesAnotherFormatBeforeLookingFurther() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> read("{\"format\":\"zip-backup\"}"));
    assertEquals(ArchiveRefusal.FOREIGN, e.errors().get(0).messageKey());
    e = assertThrows(ValidationException.class, () -> read("[1,2,3]"));
    assertEquals(ArchiveRefusal.FOREIGN, e.errors().get(0).messageKey());
  }

  @Test
  void refusesALaterFormatVersionEvenIfShapedDifferently() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                read(
                    "{\"format\":\""
                        + ArchiveFormat.NAME
                        + "\",\"formatVersion\":"
                        + (ArchiveFormat.VERSION + 1)
                        + ",\"parts\":[]}"));
    assertEquals(ArchiveRefusal.FORMAT_VERSION, e.errors().get(0).messageKey());
  }

  @Test
  void refusesNegativeRowCountsAndMalformedChecksums() {
    String json = json(MANIFEST);
    for (String broken :
        List.of(
            json.replace("\"rows\": 100000", "\"rows\": -1"),
            json.replace("a".repeat(64), "not-a-checksum"),
            json.replace("\"nullable\": true", "\"nullable\": \"yes\""),
            json.replace("\"2026-12-03T10:15:30.123456Z\"", "\"yesterday\""))) {
      ValidationException e = assertThrows(ValidationException.class, () -> read(broken));
      assertEquals(ArchiveRefusal.MANIFEST_INVALID, e.errors().get(0).messageKey(), broken);
    }
  }
}
