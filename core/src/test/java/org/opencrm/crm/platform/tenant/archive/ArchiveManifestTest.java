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
          0);

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
  void saysWhatItIsAndThatThereAreNoFilesYet() {
    String json = json(MANIFEST);
    assertTrue(json.contains("\"format\": \"" + ArchiveFormat.NAME + "\""), json);
    assertTrue(json.contains("\"file\": \"tables/contact.jsonl\""), json);
    assertTrue(json.contains("\"count\": 0"), json);
    assertTrue(json.contains("no file store yet"), json);
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
                        + "\",\"formatVersion\":2,\"parts\":[]}"));
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
