package org.opencrm.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.it.support.AllAppsTestBase;
import org.opencrm.crm.it.support.CrmClient;
import org.opencrm.crm.it.support.FacesForm;
import org.opencrm.crm.it.support.Fixtures;
import org.opencrm.crm.it.support.Fixtures.TestTenant;
import org.opencrm.crm.it.support.HttpBrowser;
import org.opencrm.crm.it.support.OperatorConsole;
import org.opencrm.crm.it.support.TestEnvironment;
import org.opencrm.crm.it.support.TestMail;
import org.opencrm.crm.it.support.WebResponse;

/**
 * The tenant lifecycle through the operators' console: create with visible progress and an
 * invitation, bad input that creates nothing, suspend and resume (login, sessions and API refused
 * meanwhile), a creation that fails half-way and is retried, read-only operators, plans and their
 * limits, and the audit trail of it all.
 */
class TenantLifecycleIT extends AllAppsTestBase {

  private static final Pattern LINK = Pattern.compile("(https?://\\S+/reset-password\\.xhtml\\S+)");

  private static HttpBrowser operator(String login, String password) {
    return OperatorConsole.login(login, password);
  }

  private static HttpBrowser operator() {
    return OperatorConsole.operator();
  }

  private static WebResponse console(HttpBrowser browser, String path) {
    return OperatorConsole.get(browser, path);
  }

  private static WebResponse create(
      HttpBrowser browser, String slug, String email, String firstLogin, String password) {
    WebResponse form = console(browser, "/console/tenant-new.xhtml");
    return FacesForm.of(browser, form, "tenant")
        .set("tenant:slug", slug)
        .set("tenant:displayName", "ООО «" + slug + "»")
        .set("tenant:adminEmail", email)
        .set("tenant:adminName", "Админ")
        .set("tenant:firstLogin", firstLogin)
        .set("tenant:adminPassword", password)
        .press("tenant:create");
  }

  /** Reloads the tenant's console page until its status is no longer "Being created". */
  private static WebResponse awaitCreated(HttpBrowser browser, URI tenantPage) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    WebResponse page = browser.get(tenantPage);
    while (page.body().contains("Being created") && System.nanoTime() < deadline) {
      TestEnvironment.pause(300);
      page = browser.get(tenantPage);
    }
    return page;
  }

  private static String status(WebResponse tenantPage) {
    return Jsoup.parse(tenantPage.body()).select("[id$=status-text]").text();
  }

  private static long controlRows(String slug) throws SQLException {
    try (Connection c = TestEnvironment.connectControl();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM tenant WHERE slug = '" + slug + "'")) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void anOperatorCreatesATenantWhoseAdminIsInvitedByMailAndLogsIn() throws Exception {
    HttpBrowser ops = operator();
    String slug = Fixtures.uniqueSlug("made");
    String admin = "boss@" + slug + ".test";
    WebResponse created = create(ops, slug, admin, "INVITE", "");
    assertTrue(created.path().endsWith("/console/tenant.xhtml"), created::toString);
    WebResponse done = awaitCreated(ops, created.uri());
    assertEquals("Active", status(done), done::body);
    assertTrue(done.body().contains("CREATE"), "the creation is in the tenant's audit trail");
    assertTrue(console(ops, "/console/tenants.xhtml").body().contains(slug));

    MimeMessage invitation = TestMail.awaitTo(admin, Duration.ofSeconds(30));
    Matcher m = LINK.matcher(invitation.getContent().toString());
    assertTrue(m.find(), invitation.getContent().toString());
    URI link = URI.create(m.group(1));
    assertEquals(slug + ".localhost", link.getHost(), link::toString);
    CrmClient client = new CrmClient(slug);
    WebResponse choose = client.get(link.getRawPath() + "?" + link.getRawQuery());
    WebResponse chosen =
        FacesForm.of(client.browser(), choose, "reset")
            .set("reset:password", "Moi-parol-2026")
            .set("reset:repeat", "Moi-parol-2026")
            .press("reset:submit");
    assertEquals("/login.xhtml", chosen.path(), chosen::toString);
    new CrmClient(slug).loggedIn(admin, "Moi-parol-2026");
  }

  @Test
  void aTenantWithAnInitialPasswordAsksForANewOneAtTheFirstLogin() {
    HttpBrowser ops = operator();
    String slug = Fixtures.uniqueSlug("initial");
    String admin = "first@" + slug + ".test";
    WebResponse weak = create(ops, slug, admin, "PASSWORD", "short");
    assertTrue(weak.body().contains("At least 10 characters"), weak::toString);
    WebResponse created = create(ops, slug, admin, "PASSWORD", "Nachalo-2026-x");
    assertEquals("Active", status(awaitCreated(ops, created.uri())));
    CrmClient user = new CrmClient(slug);
    WebResponse first = user.login(admin, "Nachalo-2026-x");
    assertEquals("/app/profile.xhtml", first.path(), first::toString);
    // The password the operator chose (and so knows) cannot be kept.
    WebResponse same =
        FacesForm.of(user.browser(), first, "pwd")
            .set("pwd:current", "Nachalo-2026-x")
            .set("pwd:password", "Nachalo-2026-x")
            .set("pwd:repeat", "Nachalo-2026-x")
            .press("pwd:change");
    assertTrue(same.body().contains("must differ from the current one"), same::toString);
    assertEquals("/app/profile.xhtml", user.get("/app/contacts.xhtml").path(), "still asked");
    // Every problem of the new-company form is reported at once.
    WebResponse all = create(ops, "Bad Slug", "not-an-email", "PASSWORD", "short");
    String messages = CrmClient.messages(all);
    assertTrue(
        messages.contains("Latin letters") && messages.contains("At least 10 characters"),
        messages);
  }

  @Test
  void badSlugsAndDuplicatesAreRefusedAndCreateNothing() throws SQLException {
    HttpBrowser ops = operator();
    String taken = Fixtures.tenant("taken").slug();
    Map<String, String> cases =
        Map.of(
            "Bad Slug!",
            "Latin letters, digits and dashes",
            "www",
            "This address is reserved.",
            taken,
            "This address is already taken.",
            "x".repeat(70),
            "Latin letters, digits and dashes");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      WebResponse answer = create(ops, c.getKey(), "a@b.test", "INVITE", "");
      assertEquals(200, answer.status(), answer::toString);
      assertTrue(answer.path().endsWith("/tenant-new.xhtml"), c.getKey() + ": " + answer);
      assertTrue(answer.body().contains(c.getValue()), c.getKey() + ": " + answer.body());
    }
    assertEquals(0, controlRows("www"));
    assertEquals(1, controlRows(taken));
    WebResponse noEmail = create(ops, Fixtures.uniqueSlug("noemail"), "not-an-email", "INVITE", "");
    assertTrue(noEmail.path().endsWith("/tenant-new.xhtml"), noEmail::toString);
  }

  @Test
  void aSuspendedTenantIsRefusedEverywhereUntilResumed() throws Exception {
    TestTenant tenant = Fixtures.tenant("paused");
    CrmClient session = tenant.as(tenant.admin());
    String token = tenant.apiToken("lifecycle", false);
    assertEquals(200, CrmClient.api(tenant.slug(), token, "/contacts").status());

    HttpBrowser ops = operator();
    WebResponse page = console(ops, "/console/tenant.xhtml?id=" + tenantId(tenant.slug()));
    WebResponse suspended =
        FacesForm.of(ops, page, "suspend").set("suspend:reason", "не оплачено").press("suspend:do");
    assertEquals("Suspended", status(suspended), suspended::body);

    assertEquals("/login.xhtml", session.get("/app/contacts.xhtml").path(), "session ended");
    WebResponse login = new CrmClient(tenant.slug()).login(tenant.admin(), Fixtures.PASSWORD);
    assertEquals("/login.xhtml", login.path());
    assertTrue(login.body().contains("is suspended"), login::body);
    WebResponse refused = CrmClient.api(tenant.slug(), token, "/contacts");
    assertEquals(403, refused.status(), refused::toString);
    assertTrue(refused.body().contains("is suspended"), refused::body);
    CrmClient visitor = new CrmClient(tenant.slug());
    WebResponse forgot = visitor.get("/forgot-password.xhtml");
    WebResponse noReset =
        FacesForm.of(visitor.browser(), forgot, "forgot")
            .set("forgot:email", tenant.admin())
            .press("forgot:submit");
    assertTrue(noReset.body().contains("is suspended"), noReset::body);

    WebResponse resumed =
        FacesForm.of(
                ops, console(ops, "/console/tenant.xhtml?id=" + tenantId(tenant.slug())), "resume")
            .press("resume:do");
    assertEquals("Active", status(resumed), resumed::body);
    new CrmClient(tenant.slug()).loggedIn(tenant.admin(), Fixtures.PASSWORD);
    assertEquals(200, CrmClient.api(tenant.slug(), token, "/contacts").status());
    String trail = Jsoup.parse(resumed.body()).select("[id$=trail]").text();
    assertTrue(
        trail.contains("SUSPEND") && trail.contains("RESUME") && trail.contains("не оплачено"),
        trail);
  }

  @Test
  void aCreationThatFailsHalfWayCanBeRetriedAndIsNeverLoggedIntoMeanwhile() throws Exception {
    String slug = Fixtures.uniqueSlug("broken");
    String schema = TestEnvironment.tenantSchema(slug);
    // Something in the way of the tenant changelog: a table of that name with the wrong shape.
    try (Connection c = TestEnvironment.connect(null);
        Statement s = c.createStatement()) {
      s.executeUpdate("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4");
      s.executeUpdate("CREATE TABLE `" + schema + "`.contact (unexpected INT)");
    }
    HttpBrowser ops = operator();
    String admin = "admin@" + slug + ".test";
    WebResponse created = create(ops, slug, admin, "PASSWORD", "Nachalo-2026-x");
    WebResponse failed = awaitCreated(ops, created.uri());
    assertEquals("Failed", status(failed), failed::body);
    assertFalse(Jsoup.parse(failed.body()).select("[id$=status-message]").text().isBlank());
    WebResponse login = new CrmClient(slug).get("/login.xhtml");
    assertEquals(503, login.status(), "nothing of a half-made tenant can be used");
    assertTrue(login.body().contains("not ready yet"), login::body);
    HttpBrowser visitor = new HttpBrowser();
    WebResponse bare =
        FacesForm.of(visitor, visitor.get(TestEnvironment.appUrl("/login.xhtml")), "login")
            .set("login:company", slug)
            .set("login:email", admin)
            .set("login:password", "Nachalo-2026-x")
            .press("login:submit");
    assertEquals("/login.xhtml", bare.path(), bare::toString);
    assertTrue(bare.body().contains("is not ready yet"), bare::body);

    try (Connection c = TestEnvironment.connect(null);
        Statement s = c.createStatement()) {
      s.executeUpdate("DROP TABLE `" + schema + "`.contact");
    }
    WebResponse retried =
        FacesForm.of(ops, failed, "retry")
            .set("retry:adminEmail", admin)
            .set("retry:adminName", "Админ")
            .set("retry:firstLogin", "PASSWORD")
            .set("retry:adminPassword", "Nachalo-2026-x")
            .press("retry:do");
    assertEquals("Active", status(awaitCreated(ops, retried.uri())));
    assertEquals("/app/profile.xhtml", new CrmClient(slug).login(admin, "Nachalo-2026-x").path());
  }

  @Test
  void aReadOnlyOperatorSeesButCannotAct() throws SQLException {
    String login = "viewer-" + Fixtures.uniqueSlug("v");
    new HttpBrowser()
        .postForm(
            TestEnvironment.appUrl("/test-fixtures/operator?login=" + login + "&role=VIEWER"),
            Map.of());
    TestTenant tenant = Fixtures.tenant("watched");
    HttpBrowser viewer = operator(login, Fixtures.PASSWORD);
    WebResponse list = console(viewer, "/console/tenants.xhtml");
    assertTrue(list.body().contains(tenant.slug()));
    assertTrue(Jsoup.parse(list.body()).select("[id$=new]").isEmpty(), "no New button");
    WebResponse page = console(viewer, "/console/tenant.xhtml?id=" + tenantId(tenant.slug()));
    assertTrue(Jsoup.parse(page.body()).select("form#suspend").isEmpty(), "no suspend form");
    WebResponse form = console(viewer, "/console/tenant-new.xhtml");
    WebResponse refused =
        FacesForm.of(viewer, form, "tenant")
            .set("tenant:slug", Fixtures.uniqueSlug("nope"))
            .set("tenant:displayName", "Nope")
            .set("tenant:adminEmail", "a@b.test")
            .set("tenant:firstLogin", "INVITE")
            .press("tenant:create");
    assertTrue(refused.body().contains("may only look"), refused::body);
  }

  @Test
  void planLimitsAreEnforcedWithClearMessages() throws Exception {
    HttpBrowser ops = operator();
    String plan = "tiny-" + Fixtures.uniqueSlug("p").substring(2);
    WebResponse plans = console(ops, "/console/plans.xhtml");
    WebResponse saved =
        FacesForm.of(ops, plans, "plan")
            .set("plan:code", plan)
            .set("plan:name", "Крошечный")
            .set("plan:api_hinput", "60")
            .set("plan:users_hinput", "6")
            .set("plan:records_hinput", "3")
            .set("plan:storage_hinput", "")
            .set("plan:plugins", "*")
            .press("plan:save");
    assertTrue(saved.body().contains("saved"), saved::body);
    WebResponse badPlan =
        FacesForm.of(ops, console(ops, "/console/plans.xhtml"), "plan")
            .set("plan:code", "Bad Code")
            .set("plan:name", "")
            .set("plan:api_hinput", "0")
            .press("plan:save");
    assertTrue(badPlan.body().contains("lower-case Latin letters"), badPlan::body);

    TestTenant tenant = Fixtures.tenant("limited");
    WebResponse page = console(ops, "/console/tenant.xhtml?id=" + tenantId(tenant.slug()));
    FacesForm.of(ops, page, "plan").set("plan:plan_input", plan).press("plan:do");

    // The fixture tenant has six users: a seventh is one too many.
    WebResponse seventh =
        new HttpBrowser()
            .postForm(
                TestEnvironment.appUrl(
                    "/test-fixtures/user?slug="
                        + tenant.slug()
                        + "&email=seventh@"
                        + tenant.slug()
                        + ".test"),
                Map.of());
    assertEquals(403, seventh.status(), seventh::toString);
    assertTrue(seventh.body().contains("allows 6 active users"), seventh::body);

    CrmClient admin = tenant.as(tenant.admin());
    for (int i = 0; i < 3; i++) {
      WebResponse card = admin.createContact(Map.of("form:lastName", "Лимит-" + i));
      assertTrue(card.path().endsWith("/app/contact.xhtml"), card::toString);
    }
    WebResponse fourth = admin.createContact(Map.of("form:lastName", "Лимит-3"));
    assertTrue(fourth.body().contains("allows 3 records"), fourth::body);
    assertTrue(admin.search("Лимит-3").isEmpty(), "the fourth was not saved");
  }

  @Test
  void migrateAllFinishesTheOthersAndReportsTheBrokenOne() throws Exception {
    java.util.List<TestTenant> tenants = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      tenants.add(Fixtures.tenant("mig" + i));
    }
    TestTenant broken = tenants.get(7);
    try (Connection c = TestEnvironment.connect(null);
        Statement s = c.createStatement()) {
      for (TestTenant t : tenants) {
        s.executeUpdate(
            "UPDATE `"
                + TestEnvironment.controlSchema()
                + "`.tenant SET schema_version = 'old'"
                + " WHERE slug = '"
                + t.slug()
                + "'");
      }
      // Liquibase forgets what it applied: it tries to create the tables again, and fails.
      s.executeUpdate("DROP TABLE `" + broken.schema() + "`.DATABASECHANGELOG");
    }
    HttpBrowser ops = operator();
    WebResponse before = console(ops, "/console/migrations.xhtml");
    assertTrue(before.body().contains(broken.slug()), "listed as behind");
    FacesForm.of(ops, before, "migrate").set("migrate:workers_input", "4").press("migrate:start");
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    WebResponse page = console(ops, "/console/migrations.xhtml");
    while (!page.body().contains("Finished.") && System.nanoTime() < deadline) {
      TestEnvironment.pause(500);
      page = console(ops, "/console/migrations.xhtml");
    }
    String summary =
        Jsoup.parse(page.body()).select("#migrate\\:run-summary, [id$=run-summary]").text();
    assertTrue(summary.contains("Finished."), page::body);
    assertTrue(summary.contains("1 failed"), summary);
    String failures = Jsoup.parse(page.body()).select("[id$=failures]").text();
    assertTrue(failures.contains(broken.slug()), failures);
    try (Connection c = TestEnvironment.connectControl();
        Statement s = c.createStatement()) {
      for (TestTenant t : tenants) {
        try (ResultSet r =
            s.executeQuery("SELECT schema_version FROM tenant WHERE slug = '" + t.slug() + "'")) {
          r.next();
          assertEquals(t == broken, "old".equals(r.getString(1)), t.slug() + " " + r.getString(1));
        }
      }
    }
    new CrmClient(tenants.get(0).slug()).loggedIn(tenants.get(0).admin(), Fixtures.PASSWORD);

    // A migration that crashed left Liquibase's lock held: the tenant's page shows it, and the
    // operator releases it.
    try (Connection c = TestEnvironment.connect(null);
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE `"
              + broken.schema()
              + "`.DATABASECHANGELOGLOCK SET LOCKED = 1,"
              + " LOCKGRANTED = NOW(), LOCKEDBY = 'crashed-node' WHERE ID = 1");
    }
    WebResponse detail = console(ops, "/console/tenant.xhtml?id=" + tenantId(broken.slug()));
    assertTrue(detail.body().contains("crashed-node"), detail::body);
    WebResponse released = FacesForm.of(ops, detail, "lock").press("lock:do");
    assertTrue(released.body().contains("The lock is released."), released::body);
    assertTrue(Jsoup.parse(released.body()).select("form#lock").isEmpty(), "no lock held any more");
  }

  @Test
  void pluginsAreEnabledPerTenantWithinThePlanAndDisablingKeepsTheRecord() throws Exception {
    try (Connection c = TestEnvironment.connectControl();
        Statement s = c.createStatement()) {
      // What the tenant users' application reports once the plugin platform finds them.
      s.executeUpdate(
          "INSERT IGNORE INTO installed_plugin (plugin_id, name, version, reported_at) VALUES"
              + " ('warehouse', 'Склад', '1.0.0', NOW()), ('zipal', 'ZIPAL', '1.0.0', NOW())");
    }
    HttpBrowser ops = operator();
    String plan = "stock-" + Fixtures.uniqueSlug("p").substring(2);
    FacesForm.of(ops, console(ops, "/console/plans.xhtml"), "plan")
        .set("plan:code", plan)
        .set("plan:name", "Со складом")
        .set("plan:api_hinput", "60")
        .set("plan:plugins", "warehouse")
        .press("plan:save");
    TestTenant tenant = Fixtures.tenant("plugged");
    long id = tenantId(tenant.slug());
    FacesForm.of(ops, console(ops, "/console/tenant.xhtml?id=" + id), "plan")
        .set("plan:plan_input", plan)
        .press("plan:do");

    WebResponse page = console(ops, "/console/tenant.xhtml?id=" + id);
    String warehouse = buttonOfRow(page, "warehouse", "enable");
    WebResponse enabled = FacesForm.of(ops, page, "plugins").press(warehouse);
    assertTrue(enabled.body().contains("The plugin is enabled"), enabled::body);
    assertEquals(Boolean.TRUE, pluginEnabled(id, "warehouse"));

    String zipal = buttonOfRow(enabled, "zipal", "enable");
    WebResponse refused = FacesForm.of(ops, enabled, "plugins").press(zipal);
    assertTrue(refused.body().contains("does not include the plugin"), refused::body);
    assertEquals(null, pluginEnabled(id, "zipal"));

    WebResponse again = console(ops, "/console/tenant.xhtml?id=" + id);
    WebResponse disabled =
        FacesForm.of(ops, again, "plugins").press(buttonOfRow(again, "warehouse", "disable"));
    assertTrue(disabled.body().contains("its data is kept"), disabled::body);
    assertEquals(Boolean.FALSE, pluginEnabled(id, "warehouse"), "the record stays, disabled");
  }

  @Test
  void theConsoleExportsImportsAsANewCompanyAndDeletesAfterATypedConfirmation() throws Exception {
    TestTenant original = Fixtures.tenant("moved");
    original.contacts(original.admin(), "Переезд", 12);
    TestTenant bystander = Fixtures.tenant("bystander");
    HttpBrowser ops = operator();
    long id = tenantId(original.slug());
    byte[] archive = ops.download(TestEnvironment.tenantAdminUrl("/console/archive?id=" + id));
    assertTrue(archive.length > 1000 && archive[0] == 'P' && archive[1] == 'K', "a zip");

    // Bad input first: no file, a file that is no archive, a taken address — nothing is created.
    String copy = Fixtures.uniqueSlug("copy");
    WebResponse form = console(ops, "/console/tenant-import.xhtml");
    WebResponse notZip =
        FacesForm.of(ops, form, "import")
            .set("import:slug", copy)
            .set("import:displayName", "Копия")
            .pressWithFile("import:do", "import:archive", "notes.zip", "just text".getBytes());
    assertTrue(notZip.path().endsWith("/tenant-import.xhtml"), notZip::toString);
    assertTrue(notZip.body().contains("The file is not a ZIP archive."), notZip::body);
    assertEquals(0, controlRows(copy));
    WebResponse taken =
        FacesForm.of(ops, console(ops, "/console/tenant-import.xhtml"), "import")
            .set("import:slug", bystander.slug())
            .set("import:displayName", "Копия")
            .pressWithFile("import:do", "import:archive", "a.zip", archive);
    assertTrue(taken.body().contains("already"), taken::body);

    WebResponse imported =
        FacesForm.of(ops, console(ops, "/console/tenant-import.xhtml"), "import")
            .set("import:slug", copy)
            .set("import:displayName", "Копия")
            .pressWithFile("import:do", "import:archive", original.slug() + ".zip", archive);
    assertTrue(imported.path().endsWith("/console/tenant.xhtml"), imported::toString);
    assertEquals("Active", status(imported), imported::body);
    CrmClient inCopy = new CrmClient(copy).loggedIn(original.admin(), Fixtures.PASSWORD);
    assertEquals(12, inCopy.search("Переезд").size());

    WebResponse page = console(ops, "/console/tenant.xhtml?id=" + id);
    WebResponse wrong =
        FacesForm.of(ops, page, "delete").set("delete:confirm", "not-it").press("delete:do");
    assertTrue(wrong.body().contains("exactly to confirm"), wrong::body);
    assertEquals(1, controlRows(original.slug()));
    WebResponse deleted =
        FacesForm.of(ops, console(ops, "/console/tenant.xhtml?id=" + id), "delete")
            .set("delete:confirm", original.slug())
            .press("delete:do");
    assertTrue(deleted.body().contains("deleted"), deleted::body);
    assertEquals(0, controlRows(original.slug()));
    assertEquals(
        12,
        new CrmClient(copy).loggedIn(original.admin(), Fixtures.PASSWORD).search("Переезд").size());
    new CrmClient(bystander.slug()).loggedIn(bystander.admin(), Fixtures.PASSWORD);
    String trail = Jsoup.parse(console(ops, "/console/audit.xhtml").body()).text();
    assertTrue(
        trail.contains("EXPORT") && trail.contains("IMPORT") && trail.contains("DELETE"), trail);
  }

  private static String buttonOfRow(WebResponse page, String pluginId, String which) {
    return Jsoup.parse(page.body()).select("button[id$=':" + which + "']").stream()
        .filter(b -> b.closest("tr").text().contains("(" + pluginId + ")"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + which + " button for " + pluginId))
        .attr("name");
  }

  private static Boolean pluginEnabled(long tenantId, String pluginId) throws SQLException {
    try (Connection c = TestEnvironment.connectControl();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT enabled FROM tenant_plugin WHERE tenant_id = "
                    + tenantId
                    + " AND plugin_id = '"
                    + pluginId
                    + "'")) {
      return r.next() ? r.getBoolean(1) : null;
    }
  }

  private static long tenantId(String slug) throws SQLException {
    try (Connection c = TestEnvironment.connectControl();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT id FROM tenant WHERE slug = '" + slug + "'")) {
      r.next();
      return r.getLong(1);
    }
  }
}
