package org.opencrm.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.it.support.CrmAppTestBase;
import org.opencrm.crm.it.support.CrmClient;
import org.opencrm.crm.it.support.FacesForm;
import org.opencrm.crm.it.support.Fixtures;
import org.opencrm.crm.it.support.Fixtures.TestTenant;
import org.opencrm.crm.it.support.TestEnvironment;
import org.opencrm.crm.it.support.WebResponse;

/**
 * Importing contacts as a user does it: files made byte by byte (Windows-1251 with semicolons,
 * UTF-8 with and without a byte-order mark, quoted line breaks) and an XLSX made here; the preview
 * decoded and the columns matched; the job run in the background to its end; refused rows reported
 * with their numbers; duplicates of any user's contacts found; a failure at row 9,000 of 10,000 and
 * a cancel leave nothing behind.
 */
class ImportIT extends CrmAppTestBase {

  private static final Charset CP1251 = Charset.forName("windows-1251");

  private static TestTenant tenant;

  @BeforeAll
  static void createTenant() {
    tenant = Fixtures.tenant("import");
  }

  private static long contacts(String where) {
    return tenant.count("SELECT COUNT(*) FROM contact WHERE " + where);
  }

  /** Uploads a file; returns the mapping page. */
  private static WebResponse upload(CrmClient user, String name, byte[] content) {
    WebResponse page = user.get("/app/import.xhtml");
    assertEquals(200, page.status(), page::toString);
    WebResponse mapping =
        FacesForm.of(user.browser(), page, "upload")
            .pressWithFile("upload:send", "upload:file", name, content);
    assertEquals(200, mapping.status(), mapping::toString);
    return mapping;
  }

  /** Starts the import from the mapping page; returns the job page's address. */
  private static String start(CrmClient user, WebResponse mapping, Map<String, String> choices) {
    FacesForm form = FacesForm.of(user.browser(), mapping, "map");
    choices.forEach(form::set);
    WebResponse started = form.press("map:start");
    assertTrue(
        started.uri().getQuery() != null && started.uri().getQuery().startsWith("job="),
        started::toString);
    return "/app/import.xhtml?" + started.uri().getQuery();
  }

  /** Follows the job until it is no longer running; returns its page. */
  private static Document await(CrmClient user, String jobPage) throws InterruptedException {
    long until = System.currentTimeMillis() + 120_000;
    while (true) {
      Document doc = Jsoup.parse(user.get(jobPage).body());
      String status = doc.select("[data-status]").attr("data-status");
      if (!status.equals("RUNNING") || System.currentTimeMillis() > until) {
        return doc;
      }
      Thread.sleep(300);
    }
  }

  /** The job page's own address, from its form. */
  private static String jobPage(Document job) {
    return "/app/import.xhtml?job=" + job.select("[data-job]").attr("data-job");
  }

  private static String status(Document job) {
    return job.select("[data-status]").attr("data-status");
  }

  private static int count(Document job, String id) {
    return Integer.parseInt(job.select("#progress\\:" + id).text().strip());
  }

  @Test
  void aWindows1251FileWithSemicolonsAndQuotedLineBreaksIsDecodedMatchedAndImported()
      throws Exception {
    String csv =
        "ФИО;Телефон;E-mail;Комментарий;Должность\r\n"
            + "Ёлкина Анна Сергеевна;8 (916) 111-22-33;anna@elka.example;\"Звонить после 18:00;\r\nлучше в пятницу\";Директор\r\n"
            + "Пётр Ильич Чайковский;+7 916 111-22-34;;;Композитор\r\n"
            + "Щукин Ъ;89161112235;shchukin@example.ru;;\r\n";
    CrmClient admin = tenant.as(tenant.admin());
    WebResponse mapping = upload(admin, "контакты.csv", csv.getBytes(CP1251));
    Document preview = Jsoup.parse(mapping.body());
    assertTrue(
        preview.select("table.preview").text().contains("Ёлкина Анна Сергеевна"), preview::text);
    assertTrue(preview.select("table.preview").text().contains("лучше в пятницу"), "line break");
    assertEquals(
        "windows-1251",
        preview.select("select[name=map:charset_input] option[selected]").attr("value"));
    assertEquals(
        "fullName",
        preview.select("select[name=map:cols:0:field_input] option[selected]").attr("value"));
    assertEquals(
        "phone",
        preview.select("select[name=map:cols:1:field_input] option[selected]").attr("value"));

    Document job = await(admin, start(admin, mapping, Map.of()));
    assertEquals("DONE", status(job), job::text);
    assertEquals(3, count(job, "created"));
    assertEquals(
        "Ёлкина|Анна|Сергеевна|Директор|Звонить после 18:00;\nлучше в пятницу",
        row(
            "SELECT CONCAT_WS('|', last_name, first_name, middle_name, job_title,"
                + " REPLACE(notes, '\\r', '')) FROM contact WHERE last_name = 'Ёлкина'"));
    assertEquals(
        "Чайковский|Пётр|Ильич",
        row(
            "SELECT CONCAT_WS('|', last_name, first_name, middle_name) FROM contact"
                + " WHERE last_name LIKE 'Чайковск%'"));
    assertEquals(1, tenant.count("SELECT COUNT(*) FROM contact_phone WHERE e164 = '+79161112235'"));
    assertEquals(
        3,
        tenant.count(
            "SELECT COUNT(*) FROM history_entry WHERE actor_kind = 'IMPORT'"
                + " AND action = 'CREATED' AND entity_type = 'contact' AND entity_id IN"
                + " (SELECT id FROM contact WHERE last_name IN ('Ёлкина', 'Чайковский', 'Щукин'))"));
    long id = tenant.count("SELECT id FROM contact WHERE last_name = 'Ёлкина'");
    Document card = Jsoup.parse(admin.get("/app/contact.xhtml?id=" + id).body());
    assertTrue(
        card.select("ul.history").text().contains("(import)"), card.select("ul.history")::text);
  }

  @Test
  void badRowsAreReportedByNumberAndDuplicatesOfAnyonesContactsAreFound() throws Exception {
    long othersContact = tenant.contacts(tenant.manager2(), "Чужой", 1).get(0);
    String othersPhone = phoneOf(othersContact);
    String csv =
        "Фамилия,Имя,Мобильный,Email\n"
            + "Верный,Олег,+7 903 000-00-01,oleg@example.ru\n"
            + "Кривой,Номер,12,\n"
            + "Плохая,Почта,,нет@собаки\n"
            + "Дубль,Чужого,"
            + othersPhone
            + ",\n"
            + "Верный,Повтор,+7 903 000-00-01,\n";
    CrmClient manager = tenant.as(tenant.manager1());
    long before = contacts("TRUE");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = csv.getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, file, 0, bom.length);
    System.arraycopy(body, 0, file, bom.length, body.length);
    WebResponse mapping = upload(manager, "with-bom.csv", file);
    assertEquals(
        "UTF-8",
        Jsoup.parse(mapping.body())
            .select("select[name=map:charset_input] option[selected]")
            .attr("value"));
    Document job = await(manager, start(manager, mapping, Map.of()));
    assertEquals("DONE", status(job), job::text);
    assertEquals(1, count(job, "created"));
    assertEquals(2, count(job, "skipped"), job::text);
    assertEquals(2, count(job, "refused"), job::text);
    assertEquals(before + 1, contacts("TRUE"));

    String errors =
        manager
            .get(jobPage(job).replace("/app/import.xhtml?job=", "/app/import/errors.csv?job="))
            .body();
    assertTrue(errors.contains("3;"), errors);
    assertTrue(errors.contains("4;"), errors);
    assertTrue(!errors.contains("5;"), errors);

    // Told to add to duplicates, the manager may not change another's contact: that row is refused.
    WebResponse again =
        upload(
            manager,
            "again.csv",
            ("Фамилия;Телефон\nДубль;" + othersPhone + "\n").getBytes(StandardCharsets.UTF_8));
    Document refused =
        await(manager, start(manager, again, Map.of("map:duplicates_input", "UPDATE")));
    assertEquals(1, count(refused, "refused"), refused::text);
    assertEquals(0, contacts("last_name = 'Дубль'"));
  }

  @Test
  void anXlsxFileIsReadWithNumbersAndDatesAsPeopleTypedThem() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook wb = new Workbook(out, "CRM", "1.0")) {
      Worksheet ws = wb.newWorksheet("Контакты");
      ws.value(0, 0, "Фамилия");
      ws.value(0, 1, "Имя");
      ws.value(0, 2, "Мобильный телефон");
      ws.value(0, 3, "Дата рождения");
      ws.value(1, 0, "Таблицын");
      ws.value(1, 1, "Эксель");
      ws.value(1, 2, 79161234599L);
      ws.value(1, 3, LocalDate.of(1990, 5, 17));
      ws.style(1, 3).format("dd.mm.yyyy").set();
      wb.finish();
    }
    CrmClient admin = tenant.as(tenant.admin());
    WebResponse mapping = upload(admin, "книга.xlsx", out.toByteArray());
    String preview = Jsoup.parse(mapping.body()).select("table.preview").text();
    assertTrue(
        preview.contains("17.05.1990") && preview.contains("79161234599"),
        () -> Jsoup.parse(mapping.body()).text());
    Document job = await(admin, start(admin, mapping, Map.of()));
    assertEquals("DONE", status(job), job::text);
    assertEquals(1, contacts("last_name = 'Таблицын' AND birthday = '1990-05-17'"));
    assertEquals(1, tenant.count("SELECT COUNT(*) FROM contact_phone WHERE e164 = '+79161234599'"));
  }

  @Test
  void aFailureAtRow9000Of10000LeavesNothingBehind() throws Exception {
    StringBuilder csv = new StringBuilder("Фамилия;Имя;Телефон\n");
    for (int i = 1; i <= 10_000; i++) {
      csv.append(i == 9_000 ? "Сбой" : "Массовый")
          .append(";Строка")
          .append(i)
          .append(";+7 917 ")
          .append(String.format("%07d", i))
          .append('\n');
    }
    long before = contacts("TRUE");
    long history = tenant.count("SELECT COUNT(*) FROM history_entry");
    // The database itself refuses row 9,000, as a full disk or a lost connection would fail it.
    try (Connection c = TestEnvironment.connect(tenant.schema());
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TRIGGER import_fault BEFORE INSERT ON contact FOR EACH ROW"
              + " BEGIN IF NEW.last_name = 'Сбой' THEN"
              + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected failure'; END IF; END");
    }
    try {
      CrmClient admin = tenant.as(tenant.admin());
      WebResponse mapping =
          upload(admin, "big.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
      Document job = await(admin, start(admin, mapping, Map.of()));
      assertEquals("FAILED", status(job), job::text);
      assertTrue(
          job.select("#progress\\:failure").text().contains("nothing of the file was saved"),
          job::text);
    } finally {
      try (Connection c = TestEnvironment.connect(tenant.schema());
          Statement s = c.createStatement()) {
        s.execute("DROP TRIGGER import_fault");
      }
    }
    assertEquals(before, contacts("TRUE"));
    assertEquals(0, contacts("last_name = 'Массовый'"));
    assertEquals(0, tenant.count("SELECT COUNT(*) FROM contact_phone WHERE e164 LIKE '+7917%'"));
    assertEquals(history, tenant.count("SELECT COUNT(*) FROM history_entry"));
  }

  @Test
  void aCancelledImportLeavesNothingBehind() throws Exception {
    StringBuilder csv = new StringBuilder("Фамилия;Телефон\n");
    for (int i = 1; i <= 2_000; i++) {
      csv.append(i == 1 ? "Медленный" : "Отменённый")
          .append(";+7 918 ")
          .append(String.format("%07d", i))
          .append('\n');
    }
    // The database takes its time over the first row, so the cancel surely comes while it runs.
    try (Connection c = TestEnvironment.connect(tenant.schema());
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TRIGGER import_slow BEFORE INSERT ON contact FOR EACH ROW"
              + " BEGIN IF NEW.last_name = 'Медленный' THEN DO SLEEP(3); END IF; END");
    }
    try {
      CrmClient admin = tenant.as(tenant.admin());
      WebResponse mapping =
          upload(admin, "cancel.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
      String jobPage = start(admin, mapping, Map.of());
      WebResponse running = admin.get(jobPage);
      assertEquals("RUNNING", status(Jsoup.parse(running.body())), running::toString);
      WebResponse cancelled =
          FacesForm.of(admin.browser(), running, "progress").ajax("progress:cancel", Map.of());
      assertTrue(
          cancelled.body().contains("partial-response")
              && !cancelled.body().contains("validationFailed"),
          () ->
              cancelled.body()
                  + "\n----\n"
                  + Jsoup.parse(running.body()).select("form").outerHtml());
      Document job = await(admin, jobPage);
      assertEquals("CANCELLED", status(job), job::text);
    } finally {
      try (Connection c = TestEnvironment.connect(tenant.schema());
          Statement s = c.createStatement()) {
        s.execute("DROP TRIGGER import_slow");
      }
    }
    assertEquals(0, contacts("last_name IN ('Отменённый', 'Медленный')"));
  }

  @Test
  void aJobIsShownToWhoStartedItAndToAdministratorsOnly() throws Exception {
    CrmClient m2 = tenant.as(tenant.manager2());
    WebResponse mapping =
        upload(m2, "mine.csv", "Фамилия\nСвоя\n".getBytes(StandardCharsets.UTF_8));
    String jobPage = start(m2, mapping, Map.of());
    assertEquals("DONE", status(await(m2, jobPage)));
    assertEquals(404, tenant.as(tenant.manager1()).get(jobPage).status());
    assertEquals(200, tenant.as(tenant.admin()).get(jobPage).status());
    String errors = jobPage.replace("/app/import.xhtml?job=", "/app/import/errors.csv?job=");
    assertEquals(404, tenant.as(tenant.manager1()).get(errors).status());
    assertEquals(400, m2.get("/app/import/errors.csv?job=abc").status());
  }

  /** One text value read behind the application's back. */
  private static String row(String sql) throws Exception {
    try (Connection c = TestEnvironment.connect(tenant.schema());
        Statement s = c.createStatement();
        java.sql.ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getString(1) : null;
    }
  }

  private static String phoneOf(long contactId) throws Exception {
    try (Connection c = TestEnvironment.connect(tenant.schema());
        Statement s = c.createStatement();
        java.sql.ResultSet r =
            s.executeQuery("SELECT e164 FROM contact_phone WHERE contact_id = " + contactId)) {
      assertTrue(r.next(), "the fixture contact has a phone");
      return r.getString(1);
    }
  }
}
