package org.opencrm.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.it.support.AllAppsTestBase;
import org.opencrm.crm.it.support.CrmClient;
import org.opencrm.crm.it.support.FacesForm;
import org.opencrm.crm.it.support.Fixtures;
import org.opencrm.crm.it.support.Fixtures.TestTenant;
import org.opencrm.crm.it.support.HttpBrowser;
import org.opencrm.crm.it.support.OperatorConsole;
import org.opencrm.crm.it.support.TestEnvironment;
import org.opencrm.crm.it.support.WebResponse;
import org.opencrm.crm.launcher.EmbeddedMariaDb;

/**
 * Several database servers: a second MariaDB, started for this class, is registered in the console
 * (after its connection is checked) and used at once without a restart; new tenants go to the
 * chosen or least loaded server; a tenant moves there and back keeping its rows, logins and tokens,
 * read-only meanwhile; a move cut off is given up from the console.
 */
class DatabaseServersIT extends AllAppsTestBase {

  private static final String CODE = "second";
  private static EmbeddedMariaDb second;

  @BeforeAll
  static void startSecondServer() throws IOException {
    second =
        EmbeddedMariaDb.startFresh(
            TestEnvironment.projectDir().resolve(".crm/mariadb/base"),
            Path.of("target", "mariadb-second-" + System.getProperty(TestEnvironment.RUN_NAME)));
  }

  /** Leaves the registry as other classes expect it: no tenant and no server "second". */
  @AfterAll
  static void removeSecondServer() throws SQLException {
    try (Connection c = TestEnvironment.connectControl();
        Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM tenant WHERE db_server = '" + CODE + "'");
      s.executeUpdate("DELETE FROM db_server WHERE code = '" + CODE + "'");
    } finally {
      if (second != null) {
        second.stop();
      }
    }
  }

  private static WebResponse register(
      HttpBrowser ops, String code, String host, int port, String user, String password) {
    WebResponse page = OperatorConsole.get(ops, "/console/servers.xhtml");
    return FacesForm.of(ops, page, "server")
        .set("server:code", code)
        .set("server:displayName", "Второй сервер")
        .set("server:host", host)
        .set("server:port", Integer.toString(port))
        .set("server:username", user)
        .set("server:password", password)
        .set("server:acceptsNew_input", "on")
        .press("server:save");
  }

  /** Registers the second server through the console unless it already is. */
  private static void ensureRegistered(HttpBrowser ops) throws SQLException {
    if (controlCount("SELECT COUNT(*) FROM db_server WHERE code = '" + CODE + "'") == 0) {
      WebResponse saved =
          register(ops, CODE, second.host(), second.port(), second.user(), second.password());
      assertTrue(saved.body().contains("saved"), saved::toString);
    }
  }

  @Test
  void aServerIsRegisteredOnlyAfterItsConnectionIsChecked() throws Exception {
    HttpBrowser ops = OperatorConsole.operator();
    long before = controlCount("SELECT COUNT(*) FROM db_server");
    WebResponse empty = register(ops, "", "", 3306, "", "");
    assertEquals(3, Jsoup.parse(empty.body()).select(".ui-message-error").size(), empty::body);

    WebResponse badCode = register(ops, "2nd server", second.host(), second.port(), "u", "p");
    assertTrue(badCode.body().contains("Latin lower-case letters"), badCode::body);

    int closed;
    try (ServerSocket free = new ServerSocket(0)) {
      closed = free.getLocalPort();
    }
    WebResponse unreachable = register(ops, "nowhere", "127.0.0.1", closed, "u", "p");
    assertTrue(
        unreachable.body().contains("Cannot connect to 127.0.0.1:" + closed), unreachable::body);

    WebResponse itself =
        register(
            ops,
            "itself",
            System.getProperty(TestEnvironment.DB_HOST),
            Integer.parseInt(System.getProperty(TestEnvironment.DB_PORT)),
            System.getProperty(TestEnvironment.DB_USER),
            System.getProperty(TestEnvironment.DB_PASSWORD, ""));
    assertTrue(itself.body().contains("This is the configured server itself"), itself::body);
    assertEquals(before, controlCount("SELECT COUNT(*) FROM db_server"), "nothing was registered");

    for (String port : new String[] {"0", "99999", "abc"}) {
      WebResponse badPort =
          FacesForm.of(ops, OperatorConsole.get(ops, "/console/servers.xhtml"), "server")
              .set("server:code", "ports")
              .set("server:displayName", "Порт")
              .set("server:host", "127.0.0.1")
              .set("server:port", port)
              .set("server:username", "u")
              .press("server:save");
      assertTrue(badPort.body().contains("A port from 1 to 65535."), port + ": " + badPort.body());
    }

    ensureRegistered(ops);
    WebResponse twice = register(ops, CODE, second.host(), second.port(), "u", "p");
    assertTrue(twice.body().contains("already"), twice::body);
    // The same server under another name is told apart by what the server says of itself.
    WebResponse alias =
        register(
            ops,
            "alias",
            second.host().equals("localhost") ? "127.0.0.1" : "localhost",
            second.port(),
            second.user(),
            second.password());
    assertTrue(alias.body().contains("the same database server as"), alias::body);
    WebResponse list = OperatorConsole.get(ops, "/console/servers.xhtml");
    assertTrue(list.body().contains(second.host() + ":" + second.port()), list::body);

    try (Connection c = TestEnvironment.connectControl();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("SELECT password_secret FROM db_server WHERE code = '" + CODE + "'")) {
      r.next();
      assertTrue(r.getString(1).startsWith("v1:"), "the password is kept encrypted");
      assertFalse(r.getString(1).contains(second.password()));
    }
    assertTrue(
        OperatorConsole.get(ops, "/console/audit.xhtml").body().contains("REGISTER_DB_SERVER"));
  }

  @Test
  void newTenantsGoToTheChosenOrTheLeastLoadedServerAndWorkThere() throws Exception {
    HttpBrowser ops = OperatorConsole.operator();
    ensureRegistered(ops);
    String chosen = Fixtures.uniqueSlug("placed");
    String automatic = Fixtures.uniqueSlug("auto");
    assertEquals("Active", create(ops, chosen, CODE));
    assertEquals(CODE, serverOf(chosen), "the server chosen");
    assertTrue(schemaExists(second(), chosen), "the schema is on the second server");
    assertFalse(schemaExists(TestEnvironment.connect(null), chosen), "and not on the main one");

    String leastLoaded =
        controlString(
            "SELECT s.code FROM db_server s LEFT JOIN tenant t ON t.db_server = s.code"
                + " WHERE s.accepts_new_tenants GROUP BY s.code ORDER BY COUNT(t.id), s.code LIMIT 1");
    assertEquals("Active", create(ops, automatic, ""));
    assertEquals(leastLoaded, serverOf(automatic), "no choice: the least loaded server");

    String admin = "admin@" + chosen + ".test";
    CrmClient first = new CrmClient(chosen);
    WebResponse profile = first.login(admin, "Nachalo-2026-x");
    assertEquals("/app/profile.xhtml", profile.path(), profile::toString);
    WebResponse changed =
        FacesForm.of(first.browser(), profile, "pwd")
            .set("pwd:current", "Nachalo-2026-x")
            .set("pwd:password", "Svoi-parol-2026")
            .set("pwd:repeat", "Svoi-parol-2026")
            .press("pwd:change");
    assertEquals(200, changed.status(), changed::toString);
    CrmClient user = new CrmClient(chosen).loggedIn(admin, "Svoi-parol-2026");
    WebResponse saved =
        user.createContact(Map.of("form:lastName", "Вторых", "form:firstName", "Сервер"));
    assertTrue(saved.path().endsWith("/contact.xhtml"), saved::toString);
    try (Connection c = second();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*) FROM `"
                    + TestEnvironment.tenantSchema(chosen)
                    + "`.contact WHERE last_name = 'Вторых'")) {
      r.next();
      assertEquals(1, r.getInt(1), "the contact was written on the second server");
    }

    try (Connection c = TestEnvironment.connectControl();
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE db_server SET max_tenants = 2 WHERE code = '" + CODE + "'");
      String full = Fixtures.uniqueSlug("full");
      WebResponse refused = createPage(ops, full, CODE);
      assertTrue(refused.body().contains("takes no new companies"), refused::body);
      assertEquals(0, controlCount("SELECT COUNT(*) FROM tenant WHERE slug = '" + full + "'"));
    } finally {
      try (Connection c = TestEnvironment.connectControl();
          Statement s = c.createStatement()) {
        s.executeUpdate("UPDATE db_server SET max_tenants = NULL WHERE code = '" + CODE + "'");
      }
    }
  }

  @Test
  void aTenantMovesToTheSecondServerAndBackKeepingItsRowsLoginsAndTokens() throws Exception {
    HttpBrowser ops = OperatorConsole.operator();
    ensureRegistered(ops);
    TestTenant tenant = Fixtures.tenant("move");
    tenant.contacts(tenant.manager1(), "Mover", 40);
    String token = tenant.apiToken("move test", false);
    String schema = TestEnvironment.tenantSchema(tenant.slug());
    Map<String, Long> rows = rowCounts(TestEnvironment.connect(null), schema);
    assertTrue(rows.get("contact") >= 40, rows::toString);

    WebResponse noTarget = move(ops, tenant.slug(), "");
    assertTrue(noTarget.body().contains("Required"), noTarget::body);

    WebResponse started = move(ops, tenant.slug(), CODE);
    assertTrue(started.body().contains("Moving to"), started::body);
    awaitMoved(tenant.slug(), CODE);
    assertEquals(rows, rowCounts(second(), schema), "every table arrived whole");
    awaitDropped(() -> TestEnvironment.connect(null), tenant.slug());
    assertWorks(tenant, token);
    String trail = tenantPage(ops, tenant.slug()).body();
    assertTrue(trail.contains("MOVE_TENANT_DONE") && trail.contains("read-only"), trail);

    move(ops, tenant.slug(), "default");
    awaitMoved(tenant.slug(), "default");
    Map<String, Long> back = rowCounts(TestEnvironment.connect(null), schema);
    assertEquals(rows.get("contact") + 1, back.get("contact"), "plus the contact made meanwhile");
    awaitDropped(DatabaseServersIT::second, tenant.slug());
    assertWorks(tenant, token);
  }

  @Test
  void aTenantBeingMovedIsReadOnlyUntilAnInterruptedMoveIsGivenUp() throws Exception {
    HttpBrowser ops = OperatorConsole.operator();
    TestTenant tenant = Fixtures.tenant("frozen");
    long id = tenant.contacts(tenant.admin(), "Frozen", 3).get(0);
    String token = tenant.apiToken("frozen test", false);
    CrmClient admin = tenant.as(tenant.admin());
    WebResponse marked =
        new HttpBrowser()
            .postForm(
                TestEnvironment.appUrl(
                    "/test-fixtures/read-only?slug=" + tenant.slug() + "&target=" + CODE),
                Map.of());
    assertEquals(200, marked.status(), marked::toString);

    assertEquals(200, CrmClient.api(tenant.slug(), token, "/contacts").status(), "reads go on");
    WebResponse write = createByApi(tenant.slug(), token, "Заморожен");
    assertEquals(503, write.status(), write::toString);
    assertEquals("60", write.header("Retry-After").orElse(""));
    assertTrue(write.body().contains("being moved"), write::body);

    CrmClient fresh = tenant.as(tenant.manager1());
    WebResponse list = fresh.get("/app/contacts.xhtml");
    assertTrue(list.body().contains("Changes are paused"), "a notice says so");
    WebResponse edit = admin.editContact(id, Map.of("form:lastName", "Изменён"));
    assertEquals(503, edit.status(), edit::toString);
    assertTrue(edit.body().contains("Changes are paused while"), edit::body);
    // Save pressed on a page opened earlier (an ajax request): the page is told, in a message.
    WebResponse ajaxSave =
        FacesForm.of(admin.browser(), admin.get("/app/contact-edit.xhtml?id=" + id), "form")
            .set("form:lastName", "Изменён")
            .ajax("form:save", Map.of("jakarta.faces.partial.execute", "form"));
    assertEquals(200, ajaxSave.status(), ajaxSave::toString);
    assertTrue(ajaxSave.body().contains("<partial-response"), ajaxSave::body);
    assertTrue(ajaxSave.body().contains("Changes are paused while"), ajaxSave::body);
    assertEquals(
        0,
        count(
            TestEnvironment.connectTenant(tenant.slug()),
            "SELECT COUNT(*) FROM contact WHERE last_name = 'Изменён'"));

    WebResponse page = tenantPage(ops, tenant.slug());
    assertTrue(page.body().contains("The move was interrupted"), page::body);
    WebResponse delete =
        FacesForm.of(ops, page, "delete").set("delete:confirm", tenant.slug()).press("delete:do");
    assertTrue(delete.body().contains("being moved to another database server"), delete::body);
    WebResponse givenUp =
        FacesForm.of(ops, tenantPage(ops, tenant.slug()), "move").press("move:abandon");
    assertFalse(givenUp.body().contains("The move was interrupted"), givenUp::body);
    assertEquals(201, createByApi(tenant.slug(), token, "Оттаял").status(), "writable again");
    assertEquals("default", serverOf(tenant.slug()));
  }

  private static void assertWorks(TestTenant tenant, String token) {
    WebResponse list = CrmClient.api(tenant.slug(), token, "/contacts?page%5Bsize%5D=1");
    assertEquals(200, list.status(), list::toString);
    assertEquals(201, createByApi(tenant.slug(), token, "Переехал").status(), "writes work");
    CrmClient user = tenant.as(tenant.manager1());
    assertFalse(user.search("Mover").isEmpty(), "the moved contacts are found");
  }

  private static WebResponse createByApi(String slug, String token, String lastName) {
    return new HttpBrowser()
        .header("Authorization", "Bearer " + token)
        .postJson(
            TestEnvironment.tenantUrl(slug, "/api/v1/contacts"),
            "{\"data\":{\"type\":\"contacts\",\"attributes\":{\"last-name\":\""
                + lastName
                + "\"}}}");
  }

  private static String create(HttpBrowser ops, String slug, String server) throws Exception {
    WebResponse created = createPage(ops, slug, server);
    assertTrue(created.path().endsWith("/console/tenant.xhtml"), created::toString);
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    String status = statusOf(slug);
    while (!"ACTIVE".equals(status) && !"FAILED".equals(status) && System.nanoTime() < deadline) {
      TestEnvironment.pause(300);
      status = statusOf(slug);
    }
    return "ACTIVE".equals(status) ? "Active" : status;
  }

  private static WebResponse createPage(HttpBrowser ops, String slug, String server) {
    WebResponse form = OperatorConsole.get(ops, "/console/tenant-new.xhtml");
    return FacesForm.of(ops, form, "tenant")
        .set("tenant:slug", slug)
        .set("tenant:displayName", "ООО «" + slug + "»")
        .set("tenant:adminEmail", "admin@" + slug + ".test")
        .set("tenant:adminName", "Админ")
        .set("tenant:firstLogin", "PASSWORD")
        .set("tenant:adminPassword", "Nachalo-2026-x")
        .set("tenant:dbServer_input", server)
        .press("tenant:create");
  }

  private static WebResponse tenantPage(HttpBrowser ops, String slug) throws SQLException {
    long id = controlCount("SELECT id FROM tenant WHERE slug = '" + slug + "'");
    return OperatorConsole.get(ops, "/console/tenant.xhtml?id=" + id);
  }

  private static WebResponse move(HttpBrowser ops, String slug, String target) throws SQLException {
    return FacesForm.of(ops, tenantPage(ops, slug), "move")
        .set("move:dbServer_input", target)
        .press("move:do");
  }

  private static void awaitMoved(String slug, String server) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      try (Connection c = TestEnvironment.connectControl();
          PreparedStatement s =
              c.prepareStatement(
                  "SELECT move_step, db_server, move_message FROM tenant WHERE slug = ?")) {
        s.setString(1, slug);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          if ("FAILED".equals(r.getString(1))) {
            throw new AssertionError("The move failed: " + r.getString(3));
          }
          if ("DONE".equals(r.getString(1)) && server.equals(r.getString(2))) {
            return;
          }
        }
      }
      TestEnvironment.pause(300);
    }
    throw new AssertionError("The move of " + slug + " to " + server + " did not finish");
  }

  /** The old schema is dropped a moment after the switch (reads there may still run). */
  private static void awaitDropped(Opener server, String slug) throws SQLException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (schemaExists(server.open(), slug)) {
      assertTrue(System.nanoTime() < deadline, "the old schema of " + slug + " is dropped");
      TestEnvironment.pause(200);
    }
  }

  private interface Opener {
    Connection open() throws SQLException;
  }

  private static String serverOf(String slug) throws SQLException {
    return controlString("SELECT db_server FROM tenant WHERE slug = '" + slug + "'");
  }

  private static String statusOf(String slug) throws SQLException {
    return controlString("SELECT status FROM tenant WHERE slug = '" + slug + "'");
  }

  private static Connection second() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mysql://"
            + second.host()
            + ":"
            + second.port()
            + "/?connectionTimeZone=%2B00:00&sslMode=DISABLED&allowPublicKeyRetrieval=true",
        second.user(),
        second.password());
  }

  /** Whether the tenant's schema is on the server; closes the connection. */
  private static boolean schemaExists(Connection c, String slug) throws SQLException {
    try (c;
        PreparedStatement s =
            c.prepareStatement("SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
      s.setString(1, TestEnvironment.tenantSchema(slug));
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  /** Rows of every table of the schema (Liquibase's own excepted); closes the connection. */
  private static Map<String, Long> rowCounts(Connection c, String schema) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (c;
        Statement s = c.createStatement()) {
      List<String> tables = new java.util.ArrayList<>();
      try (ResultSet r =
          s.executeQuery(
              "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '"
                  + schema
                  + "' AND TABLE_NAME NOT LIKE 'DATABASECHANGELOG%'")) {
        while (r.next()) {
          tables.add(r.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet r =
            s.executeQuery("SELECT COUNT(*) FROM `" + schema + "`.`" + table + "`")) {
          r.next();
          counts.put(table, r.getLong(1));
        }
      }
    }
    return counts;
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (c;
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static long controlCount(String sql) throws SQLException {
    return count(TestEnvironment.connectControl(), sql);
  }

  private static String controlString(String sql) throws SQLException {
    try (Connection c = TestEnvironment.connectControl();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getString(1) : null;
    }
  }
}
