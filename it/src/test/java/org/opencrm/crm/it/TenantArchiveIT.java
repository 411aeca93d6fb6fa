package org.opencrm.crm.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.it.support.ArchiveFixture;
import org.opencrm.crm.it.support.ArchiveFixture.Answer;
import org.opencrm.crm.it.support.CrmAppTestBase;
import org.opencrm.crm.it.support.CrmClient;
import org.opencrm.crm.it.support.FacesForm;
import org.opencrm.crm.it.support.Fixtures;
import org.opencrm.crm.it.support.Fixtures.TestTenant;
import org.opencrm.crm.it.support.HttpBrowser;
import org.opencrm.crm.it.support.SchemaContents;
import org.opencrm.crm.it.support.SchemaContents.TableContents;
import org.opencrm.crm.it.support.TestEnvironment;
import org.opencrm.crm.it.support.WebResponse;

/**
 * Tenant export, import and deletion on the real server and database: an imported copy holds the
 * very rows of the original and its administrator logs in; deleting a tenant removes its schema and
 * control rows and nothing of anyone else; bad archives are refused with a clear message before
 * anything is created; an import that fails later leaves a FAILED tenant that deletion removes. The
 * tenant's files travel too: the copy serves the original's images byte for byte, archives whose
 * files were changed, added, left out or named to escape the tenant's folder are refused, and an
 * archive of the first format version (without files) still imports.
 */
class TenantArchiveIT extends CrmAppTestBase {

  /** Columns the import changes on purpose: the copy's API tokens are revoked. */
  private static final Set<String> WITHDRAWN = Set.of("api_token.revoked_at");

  @Test
  void anImportedCopyHoldsTheOriginalsRowsAndItsAdministratorLogsIn() throws Exception {
    TestTenant source = Fixtures.tenant("arc-src");
    source.contacts(source.admin(), "Archived", 7);
    source.contacts(source.manager1(), "Managed", 3);
    addAwkwardValues(source);
    String token = source.apiToken("archive test", false);

    byte[] archive = ArchiveFixture.export(source.slug());
    Map<String, byte[]> entries = unzip(archive);
    assertTrue(entries.containsKey("files/"), () -> entries.keySet().toString());
    JsonObject manifest = manifest(entries);
    assertEquals("opencrm-tenant-archive", manifest.getString("format"));
    assertEquals(2, manifest.getInt("formatVersion"));
    assertEquals(source.slug(), manifest.getJsonObject("source").getString("slug"));
    assertEquals(0, manifest.getJsonObject("files").getInt("count"));
    assertEquals(0, manifest.getJsonObject("files").getJsonArray("items").size());
    assertTrue(
        manifest
            .getJsonArray("changesets")
            .getValuesAs(JsonString::getString)
            .contains("0.1.0-04-contact"));

    String copy = Fixtures.uniqueSlug("arc-copy");
    Answer imported = ArchiveFixture.importArchive(archive, copy, "Копия " + source.slug());
    assertEquals(200, imported.status(), imported::toString);
    assertEquals(copy, imported.body());

    Map<String, TableContents> original = SchemaContents.of(source.schema(), WITHDRAWN);
    Map<String, TableContents> copied = SchemaContents.of(schemaOf(copy), WITHDRAWN);
    assertEquals(original, copied, "every table of the copy holds the original's rows");
    assertTrue(original.get("contact").rows() >= 10, original::toString);
    assertEquals(1, original.get("api_token").rows());
    for (JsonValue table : manifest.getJsonArray("tables")) {
      JsonObject t = table.asJsonObject();
      assertEquals(
          original.get(t.getString("name")).rows(),
          t.getJsonNumber("rows").longValue(),
          t.getString("name"));
    }
    assertEquals(
        original.keySet().size(),
        manifest.getJsonArray("tables").size(),
        "every table but Liquibase's is in the archive");

    try (Connection control = TestEnvironment.connectControl()) {
      assertEquals("ACTIVE", controlValue(control, "status", copy));
      assertEquals(
          controlValue(control, "schema_version", source.slug()),
          controlValue(control, "schema_version", copy));
      assertNotNull(controlValue(control, "last_exported_at", source.slug()));
      assertEquals(
          0,
          count(
              control,
              "SELECT COUNT(*) FROM api_token_index i JOIN tenant t"
                  + " ON t.id = i.tenant_id WHERE t.slug = ?",
              copy),
          "no token index rows for the copy");
    }
    try (Connection copyDb = TestEnvironment.connect(schemaOf(copy))) {
      assertEquals(
          1,
          count(copyDb, "SELECT COUNT(*) FROM api_token WHERE revoked_at IS NOT NULL"),
          "the copy's token is revoked");
    }

    CrmClient copyAdmin = new CrmClient(copy).loggedIn(source.admin(), Fixtures.PASSWORD);
    CrmClient sourceAdmin = source.as(source.admin());
    List<Long> archived = copyAdmin.search("Archived");
    assertEquals(7, archived.size());
    assertEquals(sourceAdmin.search("Archived"), archived, "the same contacts, with their ids");
    assertEquals(sourceAdmin.search("Managed"), copyAdmin.search("Managed"));

    assertEquals(
        200,
        CrmClient.api(source.slug(), token, "/contacts").status(),
        "the original's token still works");
    assertEquals(401, CrmClient.api(copy, token, "/contacts").status(), "but not for the copy");
  }

  @Test
  void deletingATenantRemovesItsSchemaAndControlRowsAndNothingElse() throws Exception {
    TestTenant source = Fixtures.tenant("arc-del");
    source.contacts(source.admin(), "Doomed", 4);
    source.apiToken("archive test", false);
    TestTenant bystander = Fixtures.tenant("arc-stay");
    bystander.contacts(bystander.admin(), "Staying", 5);
    String bystanderToken = bystander.apiToken("archive test", false);
    for (TestTenant t : List.of(source, bystander)) {
      new CrmClient(t.slug()).login(t.admin(), "wrong-password");
    }
    String copy = Fixtures.uniqueSlug("arc-kept");
    Answer imported = ArchiveFixture.importArchive(ArchiveFixture.export(source.slug()), copy, "K");
    assertEquals(200, imported.status(), imported::toString);
    long sourceId;
    try (Connection control = TestEnvironment.connectControl()) {
      sourceId = Long.parseLong(controlValue(control, "id", source.slug()));
      assertEquals(
          1,
          count(
              control,
              "SELECT COUNT(*) FROM api_token_index WHERE tenant_id = ?",
              String.valueOf(sourceId)));
      assertEquals(1, throttleRows(control, source.slug()));
    }
    Map<String, TableContents> copyBefore = SchemaContents.of(schemaOf(copy));
    Map<String, TableContents> bystanderBefore = SchemaContents.of(bystander.schema());

    Answer deleted = ArchiveFixture.delete(source.slug());
    assertEquals(200, deleted.status(), deleted::toString);

    assertFalse(SchemaContents.exists(source.schema()), "the schema is gone");
    try (Connection control = TestEnvironment.connectControl()) {
      assertEquals(0, count(control, "SELECT COUNT(*) FROM tenant WHERE slug = ?", source.slug()));
      assertEquals(
          0,
          count(
              control,
              "SELECT COUNT(*) FROM api_token_index WHERE tenant_id = ?",
              String.valueOf(sourceId)));
      assertEquals(0, throttleRows(control, source.slug()));
      assertEquals(1, throttleRows(control, bystander.slug()), "others' rows stay");
      assertEquals(
          1,
          count(
              control,
              "SELECT COUNT(*) FROM api_token_index i JOIN tenant t"
                  + " ON t.id = i.tenant_id WHERE t.slug = ?",
              bystander.slug()));
    }
    assertEquals(copyBefore, SchemaContents.of(schemaOf(copy)), "the copy is intact");
    assertEquals(bystanderBefore, SchemaContents.of(bystander.schema()), "others are intact");
    assertEquals(
        4, new CrmClient(copy).loggedIn(source.admin(), Fixtures.PASSWORD).search("Doomed").size());
    assertEquals(5, bystander.as(bystander.admin()).search("Staying").size());
    assertEquals(200, CrmClient.api(bystander.slug(), bystanderToken, "/contacts").status());

    Answer again = ArchiveFixture.delete(source.slug());
    assertEquals(422, again.status(), again::toString);
    assertEquals("tenant.archive.unknownTenant", again.messageKey());
  }

  @Test
  void refusesBadArchivesWithAClearMessageAndCreatesNothing() throws Exception {
    TestTenant source = Fixtures.tenant("arc-bad");
    source.contacts(source.admin(), "Bad", 3);
    byte[] archive = ArchiveFixture.export(source.slug());

    Map<String, byte[]> readme = new LinkedHashMap<>();
    readme.put("readme.txt", "Holiday photos".getBytes(StandardCharsets.UTF_8));
    Map<String, byte[]> cases = new LinkedHashMap<>();
    cases.put("tenant.archive.notZip", "id;last_name\n1;Иванов\n".getBytes(StandardCharsets.UTF_8));
    cases.put("tenant.archive.foreign", zip(readme));
    cases.put("tenant.archive.damaged", Arrays.copyOf(archive, archive.length * 2 / 3));
    cases.put(
        "tenant.archive.checksum",
        rewrite(archive, "tables/contact.jsonl", rows -> rows.replace("\"Bad-1\"", "\"Bad-X\"")));
    cases.put(
        "tenant.archive.schemaNewer",
        rewrite(
            archive,
            "manifest.json",
            json -> {
              JsonObject m = Json.createReader(new StringReader(json)).readObject();
              JsonArrayBuilder changesets = Json.createArrayBuilder(m.getJsonArray("changesets"));
              changesets.add("9.9.0-01-future-feature");
              return Json.createObjectBuilder(m)
                  .add("schemaVersion", "ffffffffffffffff")
                  .add("changesets", changesets)
                  .build()
                  .toString();
            }));

    for (var bad : cases.entrySet()) {
      String slug = Fixtures.uniqueSlug("arc-no");
      Answer answer = ArchiveFixture.importArchive(bad.getValue(), slug, "Нет");
      assertEquals(422, answer.status(), bad.getKey() + ": " + answer);
      assertEquals(bad.getKey(), answer.messageKey(), answer::toString);
      assertFalse(answer.body().split("\t")[2].isBlank(), "with a text for people");
      assertNothingCreated(slug);
    }

    Answer taken = ArchiveFixture.importArchive(archive, source.slug(), "Занято");
    assertEquals(422, taken.status(), taken::toString);
    assertEquals("tenant.archive.slugTaken", taken.messageKey());
    assertEquals(3, source.as(source.admin()).search("Bad").size(), "the tenant is untouched");
  }

  @Test
  void anImportThatFailsAfterCreationLeavesAFailedTenantThatDeletionRemoves() throws Exception {
    TestTenant source = Fixtures.tenant("arc-half");
    byte[] archive = ArchiveFixture.export(source.slug());
    // A valid-looking archive whose role table repeats a primary key: it passes every check
    // and fails while loading.
    byte[] duplicateRole = withDuplicatedFirstRow(archive, "role");
    String slug = Fixtures.uniqueSlug("arc-fail");

    Answer answer = ArchiveFixture.importArchive(duplicateRole, slug, "Сломанная");
    assertEquals(500, answer.status(), answer::toString);
    try (Connection control = TestEnvironment.connectControl()) {
      assertEquals("FAILED", controlValue(control, "status", slug));
      assertTrue(
          controlValue(control, "status_message", slug).startsWith("Import failed: "),
          () -> "status message of " + slug);
    }
    assertEquals(
        503,
        new HttpBrowser().get(TestEnvironment.tenantUrl(slug, "/login.xhtml")).status(),
        "the failed tenant's address is closed");
    HttpBrowser browser = new HttpBrowser();
    WebResponse login =
        FacesForm.of(browser, browser.get(TestEnvironment.appUrl("/login.xhtml")), "login")
            .set("login:company", slug)
            .set("login:email", source.admin())
            .set("login:password", Fixtures.PASSWORD)
            .press("login:submit");
    assertNotEquals("/app/contacts.xhtml", login.path(), "a failed tenant cannot be logged into");

    assertEquals(200, ArchiveFixture.delete(slug).status());
    assertNothingCreated(slug);
  }

  @Test
  void anImportedCopyServesTheOriginalsFilesByteExactAndAFailedImportKeepsNone() throws Exception {
    TestTenant source = Fixtures.tenant("arc-img");
    byte[] image = png(120_000, 11);
    long productId = productWithImage(source, "Монитор", "MON-1", image);
    String key = single(source.schema(), "SELECT file_key FROM product_image");
    assertEquals(List.of(key), ArchiveFixture.fileKeys(source.slug()));

    byte[] archive = ArchiveFixture.export(source.slug());
    Map<String, byte[]> entries = unzip(archive);
    assertArrayEquals(image, entries.get("files/" + key), () -> entries.keySet().toString());
    JsonObject manifest = manifest(entries);
    assertEquals(2, manifest.getInt("formatVersion"));
    JsonObject files = manifest.getJsonObject("files");
    assertEquals(1, files.getInt("count"));
    JsonObject listed = files.getJsonArray("items").getJsonObject(0);
    assertEquals(key, listed.getString("key"));
    assertEquals(image.length, listed.getJsonNumber("size").longValue());
    assertEquals(sha256(image), listed.getString("sha256"));

    String copy = Fixtures.uniqueSlug("arc-img-copy");
    Answer imported = ArchiveFixture.importArchive(archive, copy, "Копия с картинками");
    assertEquals(200, imported.status(), imported::toString);
    assertEquals(List.of(key), ArchiveFixture.fileKeys(copy), "the file under the same key");
    assertEquals(
        SchemaContents.of(source.schema(), WITHDRAWN),
        SchemaContents.of(schemaOf(copy), WITHDRAWN));
    CrmClient copyAdmin = new CrmClient(copy).loggedIn(source.admin(), Fixtures.PASSWORD);
    WebResponse card = copyAdmin.get("/app/product.xhtml?id=" + productId);
    String src = Jsoup.parse(card.body()).select("#product-images img").attr("src");
    assertTrue(src.startsWith("/app/product-image/"), card::toString);
    assertArrayEquals(
        image, copyAdmin.browser().download(copyAdmin.url(src)), "the copy serves the same bytes");

    // An import that fails while loading rows leaves the tenant FAILED and none of its files.
    String failed = Fixtures.uniqueSlug("arc-img-fail");
    Answer broken =
        ArchiveFixture.importArchive(withDuplicatedFirstRow(archive, "role"), failed, "Сломанная");
    assertEquals(500, broken.status(), broken::toString);
    assertEquals(List.of(), ArchiveFixture.fileKeys(failed));
    assertEquals(200, ArchiveFixture.delete(failed).status());

    // Deleting the copy removes its files and leaves the original's.
    assertEquals(200, ArchiveFixture.delete(copy).status());
    assertEquals(List.of(), ArchiveFixture.fileKeys(copy));
    assertEquals(List.of(key), ArchiveFixture.fileKeys(source.slug()));
    CrmClient sourceAdmin = source.as(source.admin());
    assertArrayEquals(image, sourceAdmin.browser().download(sourceAdmin.url(src)));
  }

  @Test
  void refusesArchivesWhoseFilesWereTamperedWithAndCreatesNothing() throws Exception {
    TestTenant source = Fixtures.tenant("arc-img-bad");
    productWithImage(source, "Сканер", "SCAN-1", png(40_000, 12));
    byte[] archive = ArchiveFixture.export(source.slug());
    String key =
        manifest(unzip(archive))
            .getJsonObject("files")
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("key");
    String entry = "files/" + key;
    byte[] evil = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8);

    String unlisted = "files/2026/01/0b1e4d7c-2f7a-4f7e-9a51-3c1f0d9e8a20";
    List<BadArchive> cases =
        List.of(
            new BadArchive(
                "tenant.archive.fileChecksum",
                key,
                changeEntry(
                    archive,
                    entry,
                    bytes -> {
                      byte[] changed = bytes.clone();
                      changed[changed.length / 2] ^= 0x5A;
                      return changed;
                    })),
            new BadArchive(
                "tenant.archive.fileSize",
                key,
                changeEntry(archive, entry, bytes -> Arrays.copyOf(bytes, bytes.length + 1))),
            new BadArchive(
                "tenant.archive.fileMissing", key, changeEntry(archive, entry, bytes -> null)),
            new BadArchive(
                "tenant.archive.fileUnlisted", unlisted, changeEntry(archive, unlisted, b -> evil)),
            new BadArchive(
                "tenant.archive.fileKey",
                "files/../evil",
                changeEntry(archive, "files/../evil", b -> evil)),
            new BadArchive(
                "tenant.archive.fileKey", "../evil", withListedFile(archive, "../evil", evil)),
            new BadArchive(
                "tenant.archive.fileKey", "evil.sh", withListedFile(archive, "evil.sh", evil)));

    for (BadArchive bad : cases) {
      String slug = Fixtures.uniqueSlug("arc-no");
      Answer answer = ArchiveFixture.importArchive(bad.archive(), slug, "Нет");
      assertEquals(422, answer.status(), bad.messageKey() + ": " + answer);
      assertEquals(bad.messageKey(), answer.messageKey(), answer::toString);
      String text = answer.body().split("\t")[2];
      assertTrue(text.contains(bad.named()), () -> "the text names " + bad.named() + ": " + text);
      assertNothingCreated(slug);
      assertEquals(List.of(), ArchiveFixture.fileKeys(slug), "no file for " + slug);
    }
    assertEquals(
        List.of(key), ArchiveFixture.fileKeys(source.slug()), "the original keeps its own");
  }

  @Test
  void anArchiveOfTheFirstFormatVersionWithoutFilesStillImports() throws Exception {
    TestTenant source = Fixtures.tenant("arc-v1");
    source.contacts(source.admin(), "Old", 3);
    byte[] versionOne =
        rewrite(
            ArchiveFixture.export(source.slug()),
            "manifest.json",
            json ->
                Json.createObjectBuilder(Json.createReader(new StringReader(json)).readObject())
                    .add("formatVersion", 1)
                    .add(
                        "files",
                        Json.createObjectBuilder()
                            .add("count", 0)
                            .add(
                                "note",
                                "This installation has no file store yet: files/ is empty."))
                    .build()
                    .toString());

    String copy = Fixtures.uniqueSlug("arc-v1-copy");
    Answer imported = ArchiveFixture.importArchive(versionOne, copy, "Старый формат");
    assertEquals(200, imported.status(), imported::toString);
    assertEquals(
        SchemaContents.of(source.schema(), WITHDRAWN),
        SchemaContents.of(schemaOf(copy), WITHDRAWN));
    assertEquals(
        3, new CrmClient(copy).loggedIn(source.admin(), Fixtures.PASSWORD).search("Old").size());
    assertEquals(List.of(), ArchiveFixture.fileKeys(copy));
  }

  /** An archive that must be refused with this message, which names this file. */
  private record BadArchive(String messageKey, String named, byte[] archive) {}

  /** A PNG signature followed by random bytes: what the product images check takes as a PNG. */
  private static byte[] png(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    System.arraycopy(signature, 0, bytes, 0, signature.length);
    return bytes;
  }

  /** Saves a product in the editor and uploads an image to it, as a user does; its id. */
  private static long productWithImage(TestTenant tenant, String name, String sku, byte[] image) {
    CrmClient admin = tenant.as(tenant.admin());
    WebResponse editor = admin.get("/app/product-edit.xhtml");
    WebResponse card =
        FacesForm.of(admin.browser(), editor, "form")
            .set("form:name", name)
            .set("form:sku", sku)
            .set("form:price", "1 000")
            .set("form:unit", "шт")
            .set("form:currency", "RUB")
            .set("form:vat:0:rate_input", "TWENTY_TWO")
            .set("form:vat:0:from", "")
            .press("form:save");
    assertEquals("/app/product.xhtml", card.path(), card::toString);
    long id = Long.parseLong(card.uri().getQuery().substring(3));
    WebResponse edit = admin.get("/app/product-edit.xhtml?id=" + id);
    String field = Jsoup.parse(edit.body()).select("form#images input[type=file]").attr("name");
    WebResponse uploaded =
        FacesForm.of(admin.browser(), edit, "images")
            .pressWithFile("images:upload", field, "photo.png", image);
    assertTrue(CrmClient.messages(uploaded).contains("Image added"), CrmClient.messages(uploaded));
    return id;
  }

  private static String single(String schema, String sql) throws SQLException {
    try (Connection db = TestEnvironment.connect(schema);
        PreparedStatement s = db.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      assertTrue(r.next(), sql);
      String value = r.getString(1);
      assertFalse(r.next(), sql);
      return value;
    }
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** The archive with one entry's bytes changed, added (from null) or left out (to null). */
  private static byte[] changeEntry(byte[] archive, String entry, UnaryOperator<byte[]> change)
      throws IOException {
    Map<String, byte[]> entries = unzip(archive);
    byte[] changed = change.apply(entries.get(entry));
    if (changed == null) {
      assertNotNull(entries.remove(entry), entry);
    } else {
      entries.put(entry, changed);
    }
    return zip(entries);
  }

  /** The archive with one more file, listed in the manifest with its true size and checksum. */
  private static byte[] withListedFile(byte[] archive, String key, byte[] bytes) throws Exception {
    Map<String, byte[]> entries = unzip(archive);
    entries.put("files/" + key, bytes);
    JsonObject manifest = manifest(entries);
    JsonObject files = manifest.getJsonObject("files");
    JsonArrayBuilder items = Json.createArrayBuilder(files.getJsonArray("items"));
    items.add(
        Json.createObjectBuilder()
            .add("key", key)
            .add("size", bytes.length)
            .add("sha256", sha256(bytes)));
    entries.put(
        "manifest.json",
        Json.createObjectBuilder(manifest)
            .add(
                "files",
                Json.createObjectBuilder()
                    .add("count", files.getInt("count") + 1)
                    .add("items", items))
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8));
    return zip(entries);
  }

  /** Values of the awkward kinds: text with quotes, new lines and emoji, fractional seconds. */
  private static void addAwkwardValues(TestTenant tenant) throws SQLException {
    try (Connection db = TestEnvironment.connect(tenant.schema());
        PreparedStatement s =
            db.prepareStatement(
                "UPDATE contact SET notes = ?, deleted_at = '2026-11-30 23:59:59.123456',"
                    + " deleted_by = 'Админ' WHERE last_name = 'Managed-2'")) {
      s.setString(1, "Line \"one\"\n\tline \\two\\ — 😀 ' ; DROP TABLE contact; --");
      assertEquals(1, s.executeUpdate());
    }
  }

  private static String schemaOf(String slug) {
    return TestEnvironment.tenantSchemaPrefix() + slug.replace('-', '_');
  }

  private static void assertNothingCreated(String slug) throws SQLException {
    try (Connection control = TestEnvironment.connectControl()) {
      assertEquals(0, count(control, "SELECT COUNT(*) FROM tenant WHERE slug = ?", slug), slug);
    }
    assertFalse(SchemaContents.exists(schemaOf(slug)), "no schema for " + slug);
  }

  private static String controlValue(Connection control, String column, String slug)
      throws SQLException {
    try (PreparedStatement s =
        control.prepareStatement("SELECT " + column + " FROM tenant WHERE slug = ?")) {
      s.setString(1, slug);
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next(), "no tenant " + slug);
        return r.getString(1);
      }
    }
  }

  private static int throttleRows(Connection control, String slug) throws SQLException {
    return count(
        control,
        "SELECT COUNT(*) FROM login_throttle WHERE throttle_key LIKE ?",
        "login:" + slug + ":%");
  }

  private static int count(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getInt(1);
    }
  }

  private static int count(Connection c, String sql, String parameter) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, parameter);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  private static Map<String, byte[]> unzip(byte[] archive) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.put(e.getName(), zip.readAllBytes());
      }
    }
    return entries;
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static JsonObject manifest(Map<String, byte[]> entries) {
    return Json.createReader(
            new StringReader(new String(entries.get("manifest.json"), StandardCharsets.UTF_8)))
        .readObject();
  }

  /** The archive with one entry's text changed. */
  private static byte[] rewrite(byte[] archive, String entry, UnaryOperator<String> change)
      throws IOException {
    Map<String, byte[]> entries = unzip(archive);
    String text = new String(entries.get(entry), StandardCharsets.UTF_8);
    String changed = change.apply(text);
    assertNotEquals(text, changed, "the test changed " + entry);
    entries.put(entry, changed.getBytes(StandardCharsets.UTF_8));
    return zip(entries);
  }

  /**
   * The archive with the first row of a table written twice, and the manifest's row count and
   * checksum of that table updated to match, as a careless tool might have made it.
   */
  private static byte[] withDuplicatedFirstRow(byte[] archive, String table) throws Exception {
    Map<String, byte[]> entries = unzip(archive);
    String file = "tables/" + table + ".jsonl";
    String rows = new String(entries.get(file), StandardCharsets.UTF_8);
    String doubled = rows.substring(0, rows.indexOf('\n') + 1) + rows;
    entries.put(file, doubled.getBytes(StandardCharsets.UTF_8));
    String sha256 =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(doubled.getBytes(StandardCharsets.UTF_8)));
    JsonObject manifest = manifest(entries);
    JsonArrayBuilder tables = Json.createArrayBuilder();
    for (JsonValue value : manifest.getJsonArray("tables")) {
      JsonObject t = value.asJsonObject();
      tables.add(
          t.getString("name").equals(table)
              ? Json.createObjectBuilder(t)
                  .add("rows", t.getJsonNumber("rows").longValue() + 1)
                  .add("sha256", sha256)
              : Json.createObjectBuilder(t));
    }
    entries.put(
        "manifest.json",
        Json.createObjectBuilder(manifest)
            .add("tables", tables)
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8));
    return zip(entries);
  }
}
