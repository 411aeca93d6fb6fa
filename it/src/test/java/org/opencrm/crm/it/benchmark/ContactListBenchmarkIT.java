package org.opencrm.crm.it.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.it.support.CrmAppTestBase;
import org.opencrm.crm.it.support.CrmClient;
import org.opencrm.crm.it.support.Fixtures;
import org.opencrm.crm.it.support.Fixtures.TestTenant;
import org.opencrm.crm.it.support.TestEnvironment;
import org.opencrm.crm.it.support.WebResponse;

/**
 * Fills one tenant with a million contacts (size: {@code -Dcrm.bench.contacts}), then measures the
 * contact list as users hit it: the first page sorted by name, a phone typed in another format, the
 * last four digits of a phone, a name prefix, and a manager's own first page; lists filtered by
 * custom fields; and, with 200,000 companies ({@code -Dcrm.bench.companies}) added, the global
 * search box by a name prefix, a phone in another format and an INN. The time is the application's
 * own ({@code Server-Timing}), beside the time of the bare SQL query on the same database. Writes
 * {@code it/target/benchmark/contact-list.md}.
 */
@Tag("benchmark")
class ContactListBenchmarkIT extends CrmAppTestBase {

  private static final int CONTACTS = Integer.getInteger("crm.bench.contacts", 1_000_000);
  private static final int WARMUP = 20;
  private static final int RUNS = 100;
  private static final int ROWS_PER_INSERT = 2_000;

  private static final String[] LAST = {
    "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов",
    "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров",
    "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин",
    "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв",
    "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв"
  };
  private static final String[] FIRST = {
    "Александр",
    "Дмитрий",
    "Максим",
    "Сергей",
    "Андрей",
    "Алексей",
    "Артём",
    "Илья",
    "Кирилл",
    "Михаил",
    "Никита",
    "Матвей",
    "Роман",
    "Егор",
    "Иван",
    "Анна",
    "Мария",
    "Елена",
    "Ольга",
    "Наталья",
    "Татьяна",
    "Ирина",
    "Екатерина",
    "Светлана",
    "Юлия",
    "Дарья",
    "Ксения",
    "Полина"
  };

  /** The phone of contact number i (1-based): +79 and nine digits, distinct for every i. */
  static String phoneOf(long i) {
    return "+79" + String.format(Locale.ROOT, "%09d", (i * 7919L) % 1_000_000_000L);
  }

  @Test
  void contactListOnAMillionContacts() throws Exception {
    TestTenant tenant = Fixtures.tenant("bench");
    long loadMs = load(tenant);

    CrmClient admin = tenant.as(tenant.admin());
    CrmClient manager = tenant.as(tenant.manager1());
    long probe = CONTACTS / 2 + 7;
    String e164 = phoneOf(probe);
    String nationalTyped =
        "8 ("
            + e164.substring(2, 5)
            + ") "
            + e164.substring(5, 8)
            + "-"
            + e164.substring(8, 10)
            + "-"
            + e164.substring(10);
    String last4 = e164.substring(e164.length() - 4);
    String nsnReversed = new StringBuilder(e164.substring(2)).reverse().toString();

    long[] custom = loadCustomFields(tenant);
    loadCompanies(tenant);
    long companyProbe = COMPANIES / 2 + 11;
    long channel = custom[0];
    long option = custom[1];
    long budget = custom[2];

    List<Scenario> scenarios = new ArrayList<>();
    scenarios.add(
        new Scenario(
            "First page sorted by name (administrator, all 1M)",
            admin,
            "/app/contacts.xhtml",
            "SELECT id FROM contact WHERE deleted_at IS NULL"
                + " ORDER BY last_name, first_name, id LIMIT 26"));
    scenarios.add(
        new Scenario(
            "Phone typed as " + nationalTyped + " (stored " + e164 + ")",
            admin,
            "/app/contacts.xhtml?q=" + enc(nationalTyped),
            "SELECT c.id FROM contact c WHERE c.id IN (SELECT p.contact_id FROM contact_phone p"
                + " WHERE p.digits_reversed LIKE '"
                + nsnReversed
                + "%') AND c.deleted_at IS NULL ORDER BY c.last_name, c.first_name, c.id LIMIT 26"));
    scenarios.add(
        new Scenario(
            "Last four digits of a phone (" + last4 + ")",
            admin,
            "/app/contacts.xhtml?q=" + last4,
            "SELECT c.id FROM contact c WHERE c.id IN (SELECT p.contact_id FROM contact_phone p"
                + " WHERE p.digits_reversed LIKE '"
                + new StringBuilder(last4).reverse()
                + "%') AND c.deleted_at IS NULL ORDER BY c.last_name, c.first_name, c.id LIMIT 26"));
    scenarios.add(
        new Scenario(
            "Name prefix (Петров)",
            admin,
            "/app/contacts.xhtml?q=" + enc("Петров"),
            "SELECT id FROM contact WHERE last_name LIKE 'Петров%' AND deleted_at IS NULL"
                + " ORDER BY last_name, first_name, id LIMIT 26"));
    scenarios.add(
        new Scenario(
            "First page of a manager (own contacts only, a third of 1M)",
            manager,
            "/app/contacts.xhtml",
            "SELECT c.id FROM contact c JOIN user_account u ON u.id = c.owner_id WHERE u.email = '"
                + tenant.manager1()
                + "' AND c.deleted_at IS NULL ORDER BY c.last_name, c.first_name, c.id LIMIT 26"));

    scenarios.add(
        new Scenario(
            "Custom list field = one value (a fifth of 1M)",
            admin,
            "/app/contacts.xhtml?cf" + channel + ".opt=" + option,
            "SELECT c.id FROM contact c WHERE c.id IN (SELECT v.record_id FROM custom_value v"
                + " WHERE v.field_id = "
                + channel
                + " AND v.option_id = "
                + option
                + ") AND c.deleted_at IS NULL ORDER BY c.last_name, c.first_name, c.id LIMIT 26"));
    scenarios.add(
        new Scenario(
            "Custom money field in a narrow range (about 500 of 1M)",
            admin,
            "/app/contacts.xhtml?cf" + budget + ".from=100000&cf" + budget + ".to=101000",
            "SELECT c.id FROM contact c WHERE c.id IN (SELECT v.record_id FROM custom_value v"
                + " WHERE v.field_id = "
                + budget
                + " AND v.number_value BETWEEN 100000 AND 101000)"
                + " AND c.deleted_at IS NULL ORDER BY c.last_name, c.first_name, c.id LIMIT 26"));
    scenarios.add(
        new Scenario(
            "Custom money field empty (half of 1M), a manager's own",
            manager,
            "/app/contacts.xhtml?cf" + budget + ".has=empty",
            "SELECT c.id FROM contact c JOIN user_account u ON u.id = c.owner_id WHERE u.email = '"
                + tenant.manager1()
                + "' AND (SELECT COUNT(*) FROM custom_value v WHERE v.field_id = "
                + budget
                + " AND v.record_id = c.id) = 0 AND c.deleted_at IS NULL ORDER BY c.last_name, c.first_name, c.id LIMIT 26"));

    scenarios.add(
        new Scenario(
            "Global search: a name prefix (Петров), contacts and companies",
            admin,
            "/app/search.xhtml?q=" + enc("Петров"),
            "SELECT id FROM contact WHERE last_name LIKE 'Петров%' AND deleted_at IS NULL"
                + " ORDER BY last_name, first_name, id LIMIT 6"));
    scenarios.add(
        new Scenario(
            "Global search: a phone typed as " + nationalTyped,
            admin,
            "/app/search.xhtml?q=" + enc(nationalTyped),
            "SELECT c.id FROM contact c WHERE c.id IN (SELECT p.contact_id FROM contact_phone p"
                + " WHERE p.digits_reversed LIKE '"
                + nsnReversed
                + "%') AND c.deleted_at IS NULL ORDER BY c.last_name, c.first_name, c.id LIMIT 6"));
    scenarios.add(
        new Scenario(
            "Global search: an INN (" + innOf(companyProbe) + ", 200,000 companies)",
            admin,
            "/app/search.xhtml?q=" + innOf(companyProbe),
            "SELECT c.id FROM company c WHERE c.id IN (SELECT r.company_id FROM requisite_set r"
                + " WHERE r.inn LIKE '"
                + innOf(companyProbe)
                + "%') AND c.deleted_at IS NULL ORDER BY c.name, c.id LIMIT 6"));

    // Warm every path up first (JIT, caches, the database's purge after the bulk load), then
    // measure each in turn.
    for (Scenario sc : scenarios) {
      for (int i = 0; i < WARMUP; i++) {
        check(sc.client().get(sc.path()));
      }
    }
    List<String> rows = new ArrayList<>();
    for (Scenario sc : scenarios) {
      rows.add(measure(sc, tenant));
    }

    WebResponse phoneHit = admin.get("/app/contacts.xhtml?q=" + enc(nationalTyped));
    assertEquals(1, CrmClient.contactIds(phoneHit).size(), "the phone finds its one contact");
    assertFalse(CrmClient.contactIds(admin.get("/app/contacts.xhtml?q=" + last4)).isEmpty());

    StringBuilder report = new StringBuilder();
    report
        .append("Contacts: ")
        .append(CONTACTS)
        .append(" (loaded in ")
        .append(loadMs / 1000)
        .append(" s); ")
        .append(RUNS)
        .append(" measured requests each after ")
        .append(WARMUP)
        .append(" warm-up requests; database: ")
        .append(TestEnvironment.dbMode())
        .append("\n\n")
        .append("| request | app p50 ms | app p95 ms | app max ms | SQL p50 ms | SQL p95 ms |\n")
        .append("|---|---|---|---|---|---|\n");
    rows.forEach(r -> report.append(r).append('\n'));
    Path out = TestEnvironment.projectDir().resolve("it/target/benchmark/contact-list.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.println(report);
  }

  /** One request to measure, and the bare SQL of its main query. */
  private record Scenario(String title, CrmClient client, String path, String sql) {}

  private static String measure(Scenario sc, TestTenant tenant) throws SQLException {
    List<Double> app = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      WebResponse r = check(sc.client().get(sc.path()));
      String timing = r.header("Server-Timing").orElseThrow(() -> new AssertionError("no timing"));
      app.add(Double.parseDouble(timing.substring(timing.indexOf("dur=") + 4)));
    }
    List<Double> raw = new ArrayList<>();
    try (Connection c = TestEnvironment.connect(tenant.schema());
        Statement s = c.createStatement()) {
      for (int i = 0; i < WARMUP + RUNS; i++) {
        long start = System.nanoTime();
        try (ResultSet rs = s.executeQuery(sc.sql())) {
          while (rs.next()) {
            rs.getLong(1);
          }
        }
        if (i >= WARMUP) {
          raw.add((System.nanoTime() - start) / 1_000_000.0);
        }
      }
    }
    return String.format(
        Locale.ROOT,
        "| %s | %.1f | %.1f | %.1f | %.2f | %.2f |",
        sc.title(),
        percentile(app, 50),
        percentile(app, 95),
        Collections.max(app),
        percentile(raw, 50),
        percentile(raw, 95));
  }

  private static WebResponse check(WebResponse r) {
    assertEquals(200, r.status(), r::toString);
    return r;
  }

  static double percentile(List<Double> values, int p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }

  /** Bulk-loads the contacts, their phones and (for most) an e-mail, spread over three owners. */
  private static long load(TestTenant tenant) throws SQLException {
    long start = System.currentTimeMillis();
    try (Connection c = TestEnvironment.connect(tenant.schema());
        Statement s = c.createStatement()) {
      List<Long> owners = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT id FROM user_account WHERE email IN ('"
                  + tenant.admin()
                  + "','"
                  + tenant.manager1()
                  + "','"
                  + tenant.manager2()
                  + "') ORDER BY id")) {
        while (rs.next()) {
          owners.add(rs.getLong(1));
        }
      }
      long base;
      try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM contact")) {
        rs.next();
        base = rs.getLong(1);
      }
      c.setAutoCommit(false);
      insertAll(
          c,
          "contact (id, last_name, first_name, middle_name, owner_id, created_at, updated_at, version)",
          i -> {
            String last = LAST[(int) (i * 31 % LAST.length)];
            String first = FIRST[(int) (i * 17 % FIRST.length)];
            long owner = owners.get((int) (i % owners.size()));
            return "("
                + (base + i)
                + ",'"
                + last
                + "','"
                + first
                + "','',"
                + owner
                + ",TIMESTAMP('2026-01-01') + INTERVAL "
                + (i % 30_000_000)
                + " SECOND,"
                + "TIMESTAMP('2026-01-01') + INTERVAL "
                + (i % 30_000_000)
                + " SECOND,0)";
          });
      insertAll(
          c,
          "contact_phone (contact_id, position, kind, raw_value, e164, digits_reversed)",
          i -> {
            String e164 = phoneOf(i);
            return "("
                + (base + i)
                + ",0,'MOBILE','"
                + e164
                + "','"
                + e164
                + "','"
                + new StringBuilder(e164.substring(1)).reverse()
                + "')";
          });
      insertAll(
          c,
          "contact_email (contact_id, position, kind, address)",
          i -> i % 5 == 0 ? null : "(" + (base + i) + ",0,'WORK','c" + i + "@example.ru')");
      c.setAutoCommit(true);
      s.execute("ANALYZE TABLE contact, contact_phone, contact_email");
    }
    return System.currentTimeMillis() - start;
  }

  /**
   * Adds a list field "Канал" (five values, one on every contact) and a money field "Бюджет" (a
   * list column, on every second contact, 0–999,999 RUB); returns the list field's id, one of its
   * values' id and the money field's id.
   */
  private static long[] loadCustomFields(TestTenant tenant) throws SQLException {
    try (Connection c = TestEnvironment.connect(tenant.schema());
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO custom_field (entity, code, name, kind, required, in_list, position,"
              + " archived) VALUES ('contact', 'kanal', 'Канал', 'LIST', FALSE, TRUE, 0, FALSE),"
              + " ('contact', 'byudzhet', 'Бюджет', 'MONEY', FALSE, TRUE, 1, FALSE)");
      long channel = tenant.count("SELECT id FROM custom_field WHERE code = 'kanal'");
      long budget = tenant.count("SELECT id FROM custom_field WHERE code = 'byudzhet'");
      s.execute(
          "INSERT INTO custom_field_option (field_id, name, position, archived) VALUES ("
              + channel
              + ", 'Сайт', 0, FALSE), ("
              + channel
              + ", 'Звонок', 1, FALSE), ("
              + channel
              + ", 'Почта', 2, FALSE), ("
              + channel
              + ", 'Выставка', 3, FALSE), ("
              + channel
              + ", 'Партнёр', 4, FALSE)");
      long firstOption =
          tenant.count("SELECT MIN(id) FROM custom_field_option WHERE field_id = " + channel);
      long base = tenant.count("SELECT MIN(id) - 1 FROM contact");
      c.setAutoCommit(false);
      insertAll(
          c,
          "custom_value (field_id, record_id, option_id)",
          // Spread by a hash, so values do not follow the names' order (which also comes from i).
          i -> "(" + channel + "," + (base + i) + "," + (firstOption + spread(i) % 5) + ")");
      insertAll(
          c,
          "custom_value (field_id, record_id, number_value)",
          i ->
              spread(i) % 2 == 0
                  ? "(" + budget + "," + (base + i) + "," + (i * 7919L % 1_000_000) + ")"
                  : null);
      c.setAutoCommit(true);
      s.execute("ANALYZE TABLE custom_value");
      return new long[] {channel, firstOption + 2, budget};
    }
  }

  private static final int COMPANIES = Integer.getInteger("crm.bench.companies", 200_000);

  /** The INN of company number i: ten digits, distinct for every i. */
  static String innOf(long i) {
    return String.format(Locale.ROOT, "77%08d", i);
  }

  /**
   * Bulk-loads the companies: a name with a legal form, a main requisite set with an INN, a phone,
   * spread over the same owners as the contacts.
   */
  private static void loadCompanies(TestTenant tenant) throws SQLException {
    try (Connection c = TestEnvironment.connect(tenant.schema());
        Statement s = c.createStatement()) {
      long owner = tenant.count("SELECT MIN(id) FROM user_account");
      long base = tenant.count("SELECT COALESCE(MAX(id), 0) FROM company");
      String[] forms = {"ООО", "АО", "ИП", "ПАО"};
      c.setAutoCommit(false);
      insertRows(
          c,
          COMPANIES,
          "company (id, name, search_name, owner_id, created_at, updated_at, version)",
          i -> {
            String core = LAST[(int) (i * 13 % LAST.length)] + "-" + i;
            return "("
                + (base + i)
                + ",'"
                + forms[(int) (i % forms.length)]
                + " «"
                + core
                + "»','"
                + core.toLowerCase(new Locale("ru"))
                + "',"
                + owner
                + ",NOW(6),NOW(6),0)";
          });
      insertRows(
          c,
          COMPANIES,
          "requisite_set (company_id, position, inn)",
          i -> "(" + (base + i) + ",0,'" + innOf(i) + "')");
      insertRows(
          c,
          COMPANIES,
          "company_phone (company_id, position, kind, raw_value, e164, digits_reversed)",
          i -> {
            String e164 = "+7495" + String.format(Locale.ROOT, "%07d", i);
            return "("
                + (base + i)
                + ",0,'WORK','"
                + e164
                + "','"
                + e164
                + "','"
                + new StringBuilder(e164.substring(1)).reverse()
                + "')";
          });
      c.setAutoCommit(true);
      s.execute("ANALYZE TABLE company, requisite_set, company_phone");
    }
  }

  /** A well-mixed number from i (Knuth's multiplicative hash). */
  private static long spread(long i) {
    return ((i * 2654435761L) & 0xFFFFFFFFL) >>> 7;
  }

  private interface Row {
    String values(long i);
  }

  private static void insertAll(Connection c, String into, Row row) throws SQLException {
    insertRows(c, CONTACTS, into, row);
  }

  private static void insertRows(Connection c, int count, String into, Row row)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      StringBuilder sql = new StringBuilder();
      int inStatement = 0;
      for (long i = 1; i <= count; i++) {
        String values = row.values(i);
        if (values != null) {
          sql.append(inStatement == 0 ? "INSERT INTO " + into + " VALUES " : ",").append(values);
          inStatement++;
        }
        if (inStatement == ROWS_PER_INSERT || (i == count && inStatement > 0)) {
          s.execute(sql.toString());
          sql.setLength(0);
          inStatement = 0;
        }
        if (i % 100_000 == 0) {
          c.commit();
        }
      }
      c.commit();
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
