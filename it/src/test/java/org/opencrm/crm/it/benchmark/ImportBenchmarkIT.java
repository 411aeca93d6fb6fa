package org.opencrm.crm.it.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.it.support.CrmAppTestBase;
import org.opencrm.crm.it.support.CrmClient;
import org.opencrm.crm.it.support.FacesForm;
import org.opencrm.crm.it.support.Fixtures;
import org.opencrm.crm.it.support.Fixtures.TestTenant;
import org.opencrm.crm.it.support.TestEnvironment;
import org.opencrm.crm.it.support.WebResponse;

/**
 * Imports 100,000 contacts (size: {@code -Dcrm.bench.import-rows}) from a Windows-1251 CSV with
 * semicolons through the import screen, as a user would, and times the job on the server (from its
 * start to its end, as the job records them); then loads the same file with the database's own bulk
 * load ({@code LOAD DATA}) into a bare table of the same columns, for the ratio. Writes {@code
 * it/target/benchmark/import.md}.
 */
@Tag("benchmark")
class ImportBenchmarkIT extends CrmAppTestBase {

  private static final int ROWS = Integer.getInteger("crm.bench.import-rows", 100_000);
  private static final Charset CP1251 = Charset.forName("windows-1251");

  private static final String[] LAST = {
    "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов",
    "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров"
  };
  private static final String[] FIRST = {
    "Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей", "Артём", "Илья"
  };
  private static final String[] MIDDLE = {
    "Александрович", "Дмитриевич", "Сергеевич", "Андреевич", "Иванович", "Петрович"
  };

  @Test
  void import100kContactsFromAWindows1251Csv() throws Exception {
    TestTenant tenant = Fixtures.tenant("bench-import");
    StringBuilder csv = new StringBuilder("ФИО;Телефон;E-mail;Должность;Комментарий\r\n");
    for (int i = 1; i <= ROWS; i++) {
      String digits = String.format(Locale.ROOT, "%07d", i);
      String phone =
          switch (i % 3) {
            case 0 ->
                "8 (916) "
                    + digits.substring(0, 3)
                    + "-"
                    + digits.substring(3, 5)
                    + "-"
                    + digits.substring(5);
            case 1 -> "+7 926 " + digits;
            default -> "8936" + digits;
          };
      csv.append(LAST[i % LAST.length])
          .append(' ')
          .append(FIRST[i * 7 % FIRST.length])
          .append(' ')
          .append(MIDDLE[i * 13 % MIDDLE.length])
          .append(';')
          .append(phone)
          .append(';')
          .append(i % 4 == 0 ? "" : "client" + i + "@example.ru")
          .append(';')
          .append(i % 2 == 0 ? "Менеджер" : "Директор")
          .append(';')
          .append(i % 10 == 0 ? "\"Звонить; лучше утром\"" : "")
          .append("\r\n");
    }
    byte[] file = csv.toString().getBytes(CP1251);

    CrmClient admin = tenant.as(tenant.admin());
    admin.browser().timeout(java.time.Duration.ofMinutes(5));
    WebResponse mapping =
        FacesForm.of(admin.browser(), admin.get("/app/import.xhtml"), "upload")
            .pressWithFile("upload:send", "upload:file", "contacts-100k.csv", file);
    assertEquals(200, mapping.status(), mapping::toString);
    WebResponse started = FacesForm.of(admin.browser(), mapping, "map").press("map:start");
    assertTrue(started.uri().getQuery().startsWith("job="), started::toString);
    long job = Long.parseLong(started.uri().getQuery().substring(4));
    long deadline = System.currentTimeMillis() + 600_000;
    String status;
    do {
      Thread.sleep(500);
      status = text(tenant, "SELECT status FROM import_job WHERE id = " + job);
    } while ("RUNNING".equals(status) && System.currentTimeMillis() < deadline);
    assertEquals("DONE", status);
    double importSeconds =
        Double.parseDouble(
            text(
                tenant,
                "SELECT TIMESTAMPDIFF(MICROSECOND, started_at, finished_at) / 1e6 FROM import_job"
                    + " WHERE id = "
                    + job));
    assertEquals(ROWS, tenant.count("SELECT created_count FROM import_job WHERE id = " + job));
    assertEquals(ROWS, tenant.count("SELECT COUNT(*) FROM contact"));

    // The database's own bulk load of the same file into a bare table of the same columns.
    Path raw = Files.createTempFile("import-bench-", ".csv");
    Files.write(raw, file);
    double loadSeconds;
    try (Connection c =
            DriverManager.getConnection(
                TestEnvironment.jdbcUrl(tenant.schema()) + "&allowLoadLocalInfile=true",
                System.getProperty("crm.it.db.user"),
                System.getProperty("crm.it.db.password", ""));
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE bench_load (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
              + " full_name VARCHAR(300), phone VARCHAR(64), email VARCHAR(254),"
              + " job_title VARCHAR(200), notes TEXT) CHARACTER SET utf8mb4");
      long start = System.nanoTime();
      s.execute(
          "LOAD DATA LOCAL INFILE '"
              + raw.toAbsolutePath()
              + "' INTO TABLE bench_load CHARACTER SET cp1251 FIELDS TERMINATED BY ';'"
              + " OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\\r\\n' IGNORE 1 LINES"
              + " (full_name, phone, email, job_title, notes)");
      loadSeconds = (System.nanoTime() - start) / 1e9;
      try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM bench_load")) {
        r.next();
        assertEquals(ROWS, r.getInt(1));
      }
      s.execute("DROP TABLE bench_load");
    } finally {
      Files.deleteIfExists(raw);
    }

    String report =
        String.format(
            Locale.ROOT,
            "Rows: %d (%.1f MB, Windows-1251, semicolons)%n%n"
                + "| step | seconds | rows per second |%n|---|---|---|%n"
                + "| import job (read, check, duplicates, write contacts, phones, e-mails,"
                + " history) | %.1f | %.0f |%n"
                + "| LOAD DATA of the same rows into a bare table | %.1f | %.0f |%n%n"
                + "Ratio import / LOAD DATA: %.1f%n",
            ROWS,
            file.length / 1e6,
            importSeconds,
            ROWS / importSeconds,
            loadSeconds,
            ROWS / loadSeconds,
            importSeconds / loadSeconds);
    Path out = TestEnvironment.projectDir().resolve("it/target/benchmark/import.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.println(report);
  }

  private static String text(TestTenant tenant, String sql) throws Exception {
    try (Connection c = TestEnvironment.connect(tenant.schema());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getString(1) : null;
    }
  }
}
