package org.opencrm.crm.it.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.it.support.CrmAppTestBase;
import org.opencrm.crm.it.support.HttpBrowser;
import org.opencrm.crm.it.support.TestEnvironment;
import org.opencrm.crm.it.support.WebResponse;

/**
 * A thousand tenants on one server (count: {@code -Dcrm.bench.tenants}): the time to create each
 * (schema, changelog, default data, as the console's background job does), the live heap after a
 * full collection with all of them created and each one's login page served, a server reload that
 * must not re-run their changelogs and reaches the login page quickly, and "migrate all" of one new
 * changeset over all of them. Writes {@code it/target/benchmark/tenant-scale.md}.
 */
@Tag("benchmark")
class TenantScaleBenchmarkIT extends CrmAppTestBase {

  private static final int TENANTS = Integer.getInteger("crm.bench.tenants", 1_000);
  private static final int WORKERS = Integer.getInteger("crm.bench.migrate-workers", 4);

  /** The changeset taken back from every schema, so that "migrate all" has one to apply. */
  private static final String CHANGESET = "0.1.0-12-password-reset";

  /** The server's own line when it has started again, with the time it took. */
  private static final Pattern STARTED = Pattern.compile("WFLYSRV0025: .* started in (\\d+)ms");

  private static final Pattern CHECKED =
      Pattern.compile("Tenant schemas checked: (\\d+) migrated in (\\d+) ms");

  @Test
  void aThousandTenants() throws Exception {
    String run = Long.toString(System.currentTimeMillis() % 100_000, 36);
    List<String> slugs = new ArrayList<>();
    List<Long> millis = new ArrayList<>();
    long createStart = System.nanoTime();
    for (int i = 0; i < TENANTS; i++) {
      String slug = "scale-" + run + "-" + i;
      WebResponse made = post("/test-fixtures/bench/tenant?slug=" + slug);
      assertEquals(200, made.status(), made::toString);
      millis.add(Long.parseLong(made.body().strip()));
      slugs.add(slug);
      if ((i + 1) % 100 == 0) {
        System.out.printf(Locale.ROOT, "[bench] %d tenants created%n", i + 1);
      }
    }
    long createMs = (System.nanoTime() - createStart) / 1_000_000;
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);

    HttpBrowser browser = new HttpBrowser();
    for (String slug : slugs) {
      WebResponse login = browser.get(TestEnvironment.tenantUrl(slug, "/login.xhtml"));
      assertEquals(200, login.status(), login::toString);
    }
    String[] heap = post("/test-fixtures/bench/heap").body().strip().split(" ");
    long liveHeap = Long.parseLong(heap[0]);
    long maxHeap = Long.parseLong(heap[1]);

    Path log = Path.of(System.getProperty(TestEnvironment.SERVER_BASE_DIR), "log", "server.log");
    long logBefore = Files.size(log);
    long reloadStart = System.nanoTime();
    reload();
    Matcher started = awaitInLog(log, logBefore, STARTED);
    long reloadMs = awaitLoginPage(slugs.get(0), reloadStart);
    long bootMs = Long.parseLong(started.group(1));
    Matcher checked = awaitInLog(log, logBefore, CHECKED);
    int migratedAtStart = Integer.parseInt(checked.group(1));
    long checkMs = Long.parseLong(checked.group(2));

    takeBackOneChangeset(slugs);
    String[] migrate =
        post("/test-fixtures/bench/migrate-all?workers=" + WORKERS).body().strip().split(" ");
    int total = Integer.parseInt(migrate[0]);
    int migrated = Integer.parseInt(migrate[1]);
    int failed = Integer.parseInt(migrate[2]);
    long migrateMs = Long.parseLong(migrate[3]);

    String report =
        String.format(
            Locale.ROOT,
            "Tenants: %,d; database: %s; server JVM: %s%n%n"
                + "| measure | result | target |%n|---|---|---|%n"
                + "| creation per tenant, median | %.2f s | < 1.5 s |%n"
                + "| creation per tenant, 90th percentile / slowest | %.2f s / %.2f s | |%n"
                + "| creating all, one after another | %.1f min | |%n"
                + "| live heap after full GC (all created, every login page served) | %.0f MB of %.0f MB"
                + " | < 1.5 GB |%n"
                + "| reload of the server to the first login page (server start, both applications"
                + " deployed, %.1f s of it) | %.1f s | < 60 s |%n"
                + "| changelogs re-run at start / time to check every tenant | %d / %.1f s | 0 |%n"
                + "| migrate all, one new changeset, %d workers | %.1f s (%d of %d migrated, %d"
                + " failed) | < 120 s |%n",
            TENANTS,
            TestEnvironment.dbMode(),
            System.getProperty(TestEnvironment.SERVER_JVM),
            sorted.get(sorted.size() / 2) / 1000.0,
            sorted.get((int) (sorted.size() * 0.9)) / 1000.0,
            sorted.get(sorted.size() - 1) / 1000.0,
            createMs / 60_000.0,
            liveHeap / 1_048_576.0,
            maxHeap / 1_048_576.0,
            bootMs / 1000.0,
            reloadMs / 1000.0,
            migratedAtStart,
            checkMs / 1000.0,
            WORKERS,
            migrateMs / 1000.0,
            migrated,
            total,
            failed);
    Path out = TestEnvironment.projectDir().resolve("it/target/benchmark/tenant-scale.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.println(report);

    assertEquals(0, migratedAtStart, "up-to-date tenants are not migrated at start");
    assertEquals(0, failed);
    assertTrue(migrated >= TENANTS, "every benchmark tenant got the changeset");
  }

  private static WebResponse post(String pathAndQuery) {
    return new HttpBrowser()
        .timeout(Duration.ofMinutes(30))
        .postForm(TestEnvironment.appUrl(pathAndQuery), Map.of());
  }

  /** Reloads the server: every service and both applications stop and start again. */
  private static void reload() throws Exception {
    try (ModelControllerClient client =
        ModelControllerClient.Factory.create(
            "remote+http",
            "127.0.0.1",
            Integer.parseInt(System.getProperty(TestEnvironment.MANAGEMENT_PORT)))) {
      ModelNode op = new ModelNode();
      op.get("operation").set("reload");
      op.get("address").setEmptyList();
      ModelNode result = client.execute(op);
      assertEquals("success", result.get("outcome").asString(), result::toString);
    }
  }

  private static long awaitLoginPage(String slug, long since) {
    long deadline = since + Duration.ofMinutes(5).toNanos();
    HttpBrowser browser = new HttpBrowser().timeout(Duration.ofSeconds(10));
    while (System.nanoTime() < deadline) {
      try {
        WebResponse page = browser.get(TestEnvironment.tenantUrl(slug, "/login.xhtml"));
        if (page.status() == 200 && page.body().contains("login:")) {
          return (System.nanoTime() - since) / 1_000_000;
        }
      } catch (RuntimeException e) {
        // not listening yet
      }
      TestEnvironment.pause(100);
    }
    throw new AssertionError("The login page did not come back within 5 minutes");
  }

  private static Matcher awaitInLog(Path log, long from, Pattern line) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (System.nanoTime() < deadline) {
      byte[] all = Files.readAllBytes(log);
      String tail =
          new String(
              all,
              (int) Math.min(from, all.length),
              (int) (all.length - Math.min(from, all.length)),
              java.nio.charset.StandardCharsets.UTF_8);
      Matcher m = line.matcher(tail);
      if (m.find()) {
        return m;
      }
      TestEnvironment.pause(500);
    }
    throw new AssertionError("The server log never said " + line);
  }

  /**
   * As if the application shipped one changeset more: the last one of the tenant changelog is taken
   * back from every benchmark schema and their recorded version made stale.
   */
  private static void takeBackOneChangeset(List<String> slugs) throws SQLException {
    try (Connection c = TestEnvironment.connect(null);
        Statement s = c.createStatement()) {
      for (String slug : slugs) {
        String schema = "`" + TestEnvironment.tenantSchema(slug) + "`";
        s.execute("DROP TABLE " + schema + ".password_reset");
        s.executeUpdate(
            "DELETE FROM " + schema + ".DATABASECHANGELOG WHERE ID = '" + CHANGESET + "'");
      }
    }
    try (Connection c = TestEnvironment.connectControl();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE tenant SET schema_version = 'before-"
              + CHANGESET
              + "' WHERE slug LIKE 'scale-%'");
    }
  }
}
