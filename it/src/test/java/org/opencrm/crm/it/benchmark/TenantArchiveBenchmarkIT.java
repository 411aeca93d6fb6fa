package org.opencrm.crm.it.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencrm.crm.it.support.ArchiveFixture;
import org.opencrm.crm.it.support.ArchiveFixture.Answer;
import org.opencrm.crm.it.support.CrmAppTestBase;
import org.opencrm.crm.it.support.CrmClient;
import org.opencrm.crm.it.support.Fixtures;
import org.opencrm.crm.it.support.Fixtures.TestTenant;
import org.opencrm.crm.it.support.HttpBrowser;
import org.opencrm.crm.it.support.SchemaContents;
import org.opencrm.crm.it.support.SchemaContents.TableContents;
import org.opencrm.crm.it.support.TestEnvironment;
import org.opencrm.crm.it.support.WebResponse;
import org.opencrm.crm.launcher.EmbeddedMariaDb;

/**
 * Exports a tenant of 100,000 contacts (size: {@code -Dcrm.bench.archive-contacts}), each with a
 * phone, four in five with an e-mail, every tenth with notes, and imports the archive as a new
 * tenant; both must take under 30 seconds, and the copy must hold the same rows. Writes {@code
 * it/target/benchmark/tenant-archive.md}.
 */
@Tag("benchmark")
class TenantArchiveBenchmarkIT extends CrmAppTestBase {

  private static final int CONTACTS = Integer.getInteger("crm.bench.archive-contacts", 100_000);
  private static final long TARGET_MS = 30_000;
  private static final int BATCH = 2_000;

  @TempDir Path dir;

  @Test
  void exportAndImportOfAHundredThousandContacts() throws Exception {
    TestTenant source = Fixtures.tenant("arc-bench");
    long loadStart = System.nanoTime();
    fill(source);
    long loadMs = (System.nanoTime() - loadStart) / 1_000_000;

    Path archive = dir.resolve("tenant.zip");
    long exportStart = System.nanoTime();
    ArchiveFixture.exportTo(source.slug(), archive);
    long exportMs = (System.nanoTime() - exportStart) / 1_000_000;

    String copy = Fixtures.uniqueSlug("arc-bench-copy");
    long importStart = System.nanoTime();
    Answer imported = ArchiveFixture.importFile(archive, copy, "Копия");
    long importMs = (System.nanoTime() - importStart) / 1_000_000;
    assertEquals(200, imported.status(), imported::toString);

    Map<String, TableContents> original = SchemaContents.of(source.schema());
    Map<String, TableContents> copied =
        SchemaContents.of(TestEnvironment.tenantSchemaPrefix() + copy.replace('-', '_'));
    assertEquals(original, copied);
    assertEquals(CONTACTS, original.get("contact").rows());
    assertFalse(
        new CrmClient(copy)
            .loggedIn(source.admin(), Fixtures.PASSWORD)
            .search("Фамилия1")
            .isEmpty(),
        "the copy's administrator finds contacts");

    MoveTimes move = moveToSecondServer(source);

    long rows = original.values().stream().mapToLong(TableContents::rows).sum();
    String report =
        String.format(
            Locale.ROOT,
            "Contacts: %,d (%,d rows in %d tables, loaded in %.1f s); archive %.1f MB; database: %s%n%n"
                + "| step | seconds |%n|---|---|%n| export (to a file over HTTP) | %.1f |%n"
                + "| import (check the archive, create, load, verify) | %.1f |%n"
                + "| move to another database server: read-only window | %.1f |%n"
                + "| move to another database server: in all (with dropping the old schema) | %.1f |%n",
            CONTACTS,
            rows,
            original.size(),
            loadMs / 1000.0,
            Files.size(archive) / 1_048_576.0,
            TestEnvironment.dbMode(),
            exportMs / 1000.0,
            importMs / 1000.0,
            move.readOnlyMs() / 1000.0,
            move.totalMs() / 1000.0);
    Path out = TestEnvironment.projectDir().resolve("it/target/benchmark/tenant-archive.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.println(report);
    assertTrue(exportMs < TARGET_MS, "export took " + exportMs + " ms");
    assertTrue(importMs < TARGET_MS, "import took " + importMs + " ms");
  }

  private record MoveTimes(long readOnlyMs, long totalMs) {}

  /**
   * Moves the tenant to a second MariaDB started for the purpose, as an operator would in the
   * console, and checks its rows arrived whole.
   */
  private static MoveTimes moveToSecondServer(TestTenant tenant) throws Exception {
    try (EmbeddedMariaDb second =
        EmbeddedMariaDb.startFresh(
            TestEnvironment.projectDir().resolve(".crm/mariadb/base"),
            Path.of("target", "mariadb-bench-second"))) {
      HttpBrowser http = new HttpBrowser().timeout(java.time.Duration.ofMinutes(10));
      WebResponse registered =
          http.postForm(
              TestEnvironment.appUrl(
                  "/test-fixtures/bench/register-server?code=bench&host="
                      + second.host()
                      + "&port="
                      + second.port()
                      + "&user="
                      + second.user()
                      + "&password="
                      + second.password()),
              Map.of());
      assertEquals(200, registered.status(), registered::toString);
      Map<String, TableContents> before = SchemaContents.of(tenant.schema());
      String[] times = move(http, tenant.slug(), "bench");
      assertEquals(
          before.values().stream().mapToLong(TableContents::rows).sum(),
          Long.parseLong(times[2]),
          "every row was moved");
      // Back home, so the run's clean-up finds the schema where it drops schemas.
      move(http, tenant.slug(), "default");
      assertEquals(before, SchemaContents.of(tenant.schema()), "and came back whole");
      return new MoveTimes(Long.parseLong(times[0]), Long.parseLong(times[1]));
    }
  }

  /** Moves the tenant; answers the read-only window, the whole move (ms) and the rows moved. */
  private static String[] move(HttpBrowser http, String slug, String target) {
    WebResponse moved =
        http.postForm(
            TestEnvironment.appUrl("/test-fixtures/bench/move?slug=" + slug + "&target=" + target),
            Map.of());
    assertEquals(200, moved.status(), moved::toString);
    return moved.body().strip().split(" ");
  }

  /** Contacts, phones and e-mails in JDBC batches, spread over the administrator and managers. */
  private static void fill(TestTenant tenant) throws SQLException {
    String url = TestEnvironment.jdbcUrl(tenant.schema()) + "&rewriteBatchedStatements=true";
    try (Connection c =
        DriverManager.getConnection(
            url,
            System.getProperty(TestEnvironment.DB_USER),
            System.getProperty(TestEnvironment.DB_PASSWORD, ""))) {
      List<Long> owners = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT id FROM user_account ORDER BY id")) {
        while (r.next()) {
          owners.add(r.getLong(1));
        }
      }
      c.setAutoCommit(false);
      Instant start = Instant.parse("2025-01-01T08:00:00.123456Z");
      try (PreparedStatement contact =
              c.prepareStatement(
                  "INSERT INTO contact (id, last_name, first_name, middle_name, owner_id, notes,"
                      + " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)");
          PreparedStatement phone =
              c.prepareStatement(
                  "INSERT INTO contact_phone (contact_id, position, kind, raw_value, e164,"
                      + " digits_reversed) VALUES (?, 0, 'MOBILE', ?, ?, ?)");
          PreparedStatement email =
              c.prepareStatement(
                  "INSERT INTO contact_email (contact_id, position, kind, address)"
                      + " VALUES (?, 0, 'WORK', ?)")) {
        for (long id = 1; id <= CONTACTS; id++) {
          Timestamp created = Timestamp.from(start.plusSeconds(id * 37));
          contact.setLong(1, id);
          contact.setString(2, "Фамилия" + (id % 997));
          contact.setString(3, "Имя" + (id % 89));
          contact.setString(4, id % 3 == 0 ? "Отчество" : "");
          contact.setLong(5, owners.get((int) (id % owners.size())));
          contact.setString(6, id % 10 == 0 ? "Заметка №" + id + "\n\"важно\"" : null);
          contact.setTimestamp(7, created);
          contact.setTimestamp(8, created);
          contact.addBatch();
          String e164 = String.format(Locale.ROOT, "+79%09d", id * 7_919L % 1_000_000_000L);
          phone.setLong(1, id);
          phone.setString(2, e164);
          phone.setString(3, e164);
          phone.setString(4, new StringBuilder(e164.substring(1)).reverse().toString());
          phone.addBatch();
          if (id % 5 != 0) {
            email.setLong(1, id);
            email.setString(2, "contact" + id + "@example.ru");
            email.addBatch();
          }
          if (id % BATCH == 0 || id == CONTACTS) {
            contact.executeBatch();
            phone.executeBatch();
            email.executeBatch();
            c.commit();
          }
        }
      }
      c.setAutoCommit(true);
    }
  }
}
