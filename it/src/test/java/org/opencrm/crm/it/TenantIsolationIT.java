package org.opencrm.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.it.support.CrmAppTestBase;
import org.opencrm.crm.it.support.CrmClient;
import org.opencrm.crm.it.support.Fixtures;
import org.opencrm.crm.it.support.Fixtures.TestTenant;
import org.opencrm.crm.it.support.HttpBrowser;
import org.opencrm.crm.it.support.TestEnvironment;
import org.opencrm.crm.it.support.WebResponse;

/**
 * Three tenants used at once by many parallel sessions, over every read path (list, search, card by
 * address, export) and writes: no answer ever holds another tenant's record, and no schema ever
 * receives another tenant's row. A session of one tenant presented at another tenant's address gets
 * 403 and nothing else.
 */
@Tag("smoke")
class TenantIsolationIT extends CrmAppTestBase {

  private static final int CONTACTS_PER_TENANT = 40;
  private static final int WORKERS_PER_TENANT = 4;
  private static final int REQUESTS_PER_WORKER = 40;

  private static final List<TestTenant> tenants = new ArrayList<>();
  private static final List<String> markers = new ArrayList<>();
  private static final List<List<Long>> ids = new ArrayList<>();

  @BeforeAll
  static void createTenants() {
    for (String stem : List.of("iso-a", "iso-b", "iso-c")) {
      TestTenant t = Fixtures.tenant(stem);
      String marker = "Mark" + t.slug().replace("-", "").toUpperCase();
      tenants.add(t);
      markers.add(marker);
      ids.add(t.contacts(t.admin(), marker, CONTACTS_PER_TENANT));
    }
  }

  @Test
  void parallelSessionsOfThreeTenantsNeverSeeOrTouchEachOthersRows() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tenants.size() * WORKERS_PER_TENANT);
    ConcurrentLinkedQueue<String> leaks = new ConcurrentLinkedQueue<>();
    AtomicInteger requests = new AtomicInteger();
    AtomicInteger created = new AtomicInteger();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < tenants.size(); t++) {
      for (int w = 0; w < WORKERS_PER_TENANT; w++) {
        int tenantIndex = t;
        int worker = w;
        futures.add(
            pool.submit(
                () -> {
                  work(tenantIndex, worker, leaks, requests, created);
                  return null;
                }));
      }
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();

    assertTrue(leaks.isEmpty(), "foreign rows in answers: " + leaks);
    assertTrue(requests.get() >= 400, "ran " + requests.get() + " requests");
    for (int t = 0; t < tenants.size(); t++) {
      try (Connection c = TestEnvironment.connect(tenants.get(t).schema());
          Statement s = c.createStatement()) {
        for (int other = 0; other < tenants.size(); other++) {
          if (other == t) {
            continue;
          }
          ResultSet r =
              s.executeQuery(
                  "SELECT COUNT(*) FROM contact WHERE last_name LIKE '"
                      + markers.get(other)
                      + "%'");
          r.next();
          assertEquals(0, r.getInt(1), "rows of another tenant in " + tenants.get(t).slug());
        }
        ResultSet own = s.executeQuery("SELECT COUNT(*) FROM contact");
        own.next();
        assertEquals(
            CONTACTS_PER_TENANT + WORKERS_PER_TENANT * 2,
            own.getInt(1),
            "own rows plus the ones created in the run");
      }
    }
  }

  private static void work(
      int t,
      int worker,
      ConcurrentLinkedQueue<String> leaks,
      AtomicInteger requests,
      AtomicInteger created) {
    TestTenant tenant = tenants.get(t);
    CrmClient client = tenant.as(tenant.admin());
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < REQUESTS_PER_WORKER; i++) {
      WebResponse answer;
      switch (i % 5) {
        case 0 -> answer = client.get("/app/contacts.xhtml");
        case 1 -> answer = client.get("/app/contacts.xhtml?q=" + markers.get(random.nextInt(3)));
        case 2 -> {
          List<Long> someIds = ids.get(random.nextInt(3));
          answer =
              client.get("/app/contact.xhtml?id=" + someIds.get(random.nextInt(someIds.size())));
        }
        case 3 -> answer = client.export("");
        default -> {
          if (i % 20 == 4) {
            answer =
                client.createContact(
                    Map.of(
                        "form:lastName", markers.get(t) + "-new-" + worker + "-" + i,
                        "form:phones:0:number",
                            "+7 999 " + (100 + t) + "-" + (10 + worker) + "-" + (10 + i)));
            created.incrementAndGet();
          } else {
            answer = client.get("/app/contacts.xhtml?q=%2B7");
          }
        }
      }
      requests.incrementAndGet();
      if (answer.status() >= 500) {
        leaks.add("server error " + answer.status() + " at " + answer.uri());
      }
      String shown = shownRecords(answer);
      for (int other = 0; other < markers.size(); other++) {
        if (other != t && shown.contains(markers.get(other))) {
          leaks.add(tenant.slug() + " saw " + markers.get(other) + " at " + answer.uri());
        }
      }
    }
  }

  /**
   * The record data an answer shows: the CSV itself, or the table, card and links of a page (the
   * search box echoes the typed term, which is not a record).
   */
  private static String shownRecords(WebResponse answer) {
    if (answer.header("Content-Type").orElse("").startsWith("text/csv")) {
      return answer.body();
    }
    return org.jsoup.Jsoup.parse(answer.body())
        .select("a.contact-link, #contact-name, dl.fields, table, ul.history")
        .text();
  }

  @Test
  void sessionOfOneTenantIsRefusedAtAnotherTenantsAddress() {
    TestTenant a = tenants.get(0);
    TestTenant b = tenants.get(1);
    CrmClient clientA = a.as(a.admin());
    String session = clientA.browser().cookie(clientA.url("/"), "JSESSIONID").orElseThrow();

    HttpBrowser stolen = new HttpBrowser().header("Cookie", "JSESSIONID=" + session);
    for (String path :
        List.of(
            "/app/contacts.xhtml",
            "/app/contact.xhtml?id=" + ids.get(1).get(0),
            "/app/export/contacts.csv",
            "/login.xhtml")) {
      WebResponse answer = stolen.get(TestEnvironment.tenantUrl(b.slug(), path));
      assertEquals(403, answer.status(), path + " -> " + answer);
      for (String marker : markers) {
        assertFalse(answer.body().contains(marker), "no records in the refusal");
      }
    }
    assertEquals(200, clientA.get("/app/contacts.xhtml").status(), "still fine at home");
  }

  @Test
  void unknownTenantAddressIsNotFound() {
    WebResponse answer =
        new HttpBrowser().get(TestEnvironment.tenantUrl("no-such-tenant-x", "/login.xhtml"));
    assertEquals(404, answer.status());
  }

  static int count(TestTenant tenant, String sql) throws SQLException {
    try (Connection c = TestEnvironment.connect(tenant.schema());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getInt(1);
    }
  }
}
