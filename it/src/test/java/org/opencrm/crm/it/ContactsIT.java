package org.opencrm.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.it.support.CrmAppTestBase;
import org.opencrm.crm.it.support.CrmClient;
import org.opencrm.crm.it.support.FacesForm;
import org.opencrm.crm.it.support.Fixtures;
import org.opencrm.crm.it.support.Fixtures.TestTenant;
import org.opencrm.crm.it.support.HttpBrowser;
import org.opencrm.crm.it.support.TestEnvironment;
import org.opencrm.crm.it.support.WebResponse;

/**
 * Login and logout per tenant, and contacts end to end over HTTP against the real server and
 * database: create, read, update, delete, bad input that writes nothing, and markup shown as text.
 */
@Tag("smoke")
class ContactsIT extends CrmAppTestBase {

  private static TestTenant tenant;

  @BeforeAll
  static void createTenant() {
    tenant = Fixtures.tenant("contacts");
  }

  @Test
  void loginGivesANewSessionAndLogoutEndsIt() {
    CrmClient client = new CrmClient(tenant.slug());
    client.get("/login.xhtml");
    String before = client.browser().cookie(client.url("/"), "JSESSIONID").orElseThrow();

    WebResponse home = client.login(tenant.admin(), Fixtures.PASSWORD);
    assertEquals("/app/contacts.xhtml", home.path(), home::toString);
    assertTrue(home.body().contains("Компания " + tenant.slug()), "tenant name in the top bar");
    String after = client.browser().cookie(client.url("/"), "JSESSIONID").orElseThrow();
    assertNotEquals(before, after, "session id must change at login");

    WebResponse loggedOut = client.logout();
    assertEquals("/login.xhtml", loggedOut.path(), loggedOut::toString);
    WebResponse again = client.get("/app/contacts.xhtml");
    assertEquals("/login.xhtml", again.path(), "after logout the application asks to log in");
  }

  @Test
  void wrongPasswordAndUnknownUserGetTheSameMessageAndNoSession() {
    for (String[] attempt :
        new String[][] {{tenant.admin(), "wrong"}, {"nobody@" + tenant.slug() + ".test", "x"}}) {
      CrmClient client = new CrmClient(tenant.slug());
      WebResponse page = client.login(attempt[0], attempt[1]);
      assertEquals(200, page.status());
      assertEquals("/login.xhtml", page.path());
      assertTrue(page.body().contains("Wrong e-mail or password."), page::toString);
      assertEquals("/login.xhtml", client.get("/app/contacts.xhtml").path());
    }
  }

  @Test
  void repeatedWrongPasswordsLockTheLoginWithANeutralMessage() {
    TestTenant tenant = Fixtures.tenant("lockout"); // its own, so no other test meets the lock
    String victim = tenant.manager1();
    for (int i = 0; i < 5; i++) {
      WebResponse page = new CrmClient(tenant.slug()).login(victim, "wrong-" + i);
      assertTrue(page.body().contains("Wrong e-mail or password."), page::toString);
    }
    WebResponse locked = new CrmClient(tenant.slug()).login(victim, Fixtures.PASSWORD);
    assertEquals("/login.xhtml", locked.path(), "even the right password waits out the lock");
    assertTrue(locked.body().contains("Too many failed attempts"), locked::toString);
    WebResponse unknown =
        new CrmClient(tenant.slug()).login("nobody@" + tenant.slug() + ".test", "x");
    assertTrue(unknown.body().contains("Wrong e-mail or password."), "other logins unaffected");
  }

  @Test
  void bareHostLoginChoosesTheCompanyFromTheForm() {
    HttpBrowser browser = new HttpBrowser();
    WebResponse page = browser.get(TestEnvironment.appUrl("/login.xhtml"));
    WebResponse unknown =
        FacesForm.of(browser, page, "login")
            .set("login:company", "no-such-company")
            .set("login:email", tenant.admin())
            .set("login:password", Fixtures.PASSWORD)
            .press("login:submit");
    assertTrue(
        unknown.body().contains("Company \"no-such-company\" not found."), unknown::toString);

    WebResponse home =
        FacesForm.of(browser, unknown, "login")
            .set("login:company", tenant.slug())
            .set("login:email", tenant.admin())
            .set("login:password", Fixtures.PASSWORD)
            .press("login:submit");
    assertEquals("/app/contacts.xhtml", home.path(), home::toString);
    assertTrue(home.body().contains("Компания " + tenant.slug()));
  }

  @Test
  void expiredSessionSaysSoOnTheLoginScreen() {
    HttpBrowser browser = new HttpBrowser().header("Cookie", "JSESSIONID=expired-session-id");
    WebResponse page = browser.get(TestEnvironment.tenantUrl(tenant.slug(), "/app/contacts.xhtml"));
    assertEquals("/login.xhtml", page.path());
    assertTrue(
        page.body().contains("Your session ended after a period of inactivity"), page::toString);
  }

  @Test
  void createReadUpdateDeleteWithHistory() throws SQLException {
    CrmClient admin = tenant.as(tenant.admin());
    WebResponse created =
        admin.createContact(
            Map.of(
                "form:lastName", "Соколова",
                "form:firstName", "Анна",
                "form:middleName", "Игоревна",
                "form:phones:0:number", "8 (912) 000-11-22",
                "form:emails:0:address", "Anna.Sokolova@Example.RU",
                "form:notes", "Первый звонок"));
    long id = CrmClient.cardId(created);
    assertTrue(created.body().contains("Соколова Анна Игоревна"), created::toString);
    assertTrue(created.body().contains("+7 912 000-11-22"), "phone shown in international form");
    assertTrue(created.body().contains("anna.sokolova@example.ru"));

    WebResponse card = admin.get("/app/contact.xhtml?id=" + id);
    assertEquals(200, card.status());

    WebResponse edited =
        admin.editContact(
            id, Map.of("form:lastName", "Морозова", "form:phones:0:number", "+7 912 000 11 33"));
    assertEquals(id, CrmClient.cardId(edited));
    Document doc = Jsoup.parse(edited.body());
    assertEquals("Морозова Анна Игоревна", doc.getElementById("contact-name").text());
    String history = doc.select("ul.history").text();
    assertTrue(history.contains("Соколова") && history.contains("Морозова"), history);
    assertTrue(
        history.contains("+7 912 000-11-22") && history.contains("+7 912 000-11-33"), history);

    try (Connection c = TestEnvironment.connect(tenant.schema());
        Statement s = c.createStatement()) {
      ResultSet phone =
          s.executeQuery("SELECT e164, raw_value FROM contact_phone WHERE contact_id = " + id);
      assertTrue(phone.next());
      assertEquals("+79120001133", phone.getString(1));
      assertEquals("+7 912 000 11 33", phone.getString(2));
      ResultSet events =
          s.executeQuery(
              "SELECT action FROM history_entry WHERE entity_type = 'contact' AND entity_id = "
                  + id
                  + " ORDER BY id");
      assertTrue(events.next());
      assertEquals("CREATED", events.getString(1));
      assertTrue(events.next());
      assertEquals("CHANGED", events.getString(1));
    }

    WebResponse afterDelete =
        FacesForm.of(admin.browser(), admin.get("/app/contact.xhtml?id=" + id), "actions")
            .press("actions:delete");
    assertEquals("/app/contacts.xhtml", afterDelete.path(), afterDelete::toString);
    assertTrue(afterDelete.body().contains("Contact moved to the trash."));
    assertEquals(404, admin.get("/app/contact.xhtml?id=" + id).status());
    assertTrue(admin.search("Морозова").stream().noneMatch(found -> found == id));
    assertFalse(admin.export("").body().contains("Морозова"), "not exported from the trash");
    assertEquals(
        1,
        count("SELECT COUNT(*) FROM history_entry WHERE action = 'DELETED' AND entity_id = " + id));

    WebResponse trash = admin.get("/app/trash.xhtml");
    assertTrue(trash.body().contains("Морозова Анна Игоревна"), trash::toString);
    String restoreButton =
        Jsoup.parse(trash.body()).select("button[id$=':restore']").stream()
            .filter(b -> b.parents().select("tr").text().contains("Морозова"))
            .findFirst()
            .orElseThrow()
            .attr("name");
    WebResponse restored = FacesForm.of(admin.browser(), trash, "trash").press(restoreButton);
    assertEquals(id, CrmClient.cardId(restored));
    assertTrue(restored.body().contains("+7 912 000-11-33"), "phones come back with the contact");
    assertTrue(restored.body().contains("anna.sokolova@example.ru"));
    assertTrue(Jsoup.parse(restored.body()).select("ul.history").text().contains("restored"));
  }

  @Test
  void theTrashKeepsContactsThirtyDaysThenThePurgeRemovesThem() throws SQLException {
    List<Long> ids = tenant.contacts(tenant.admin(), "Purge", 2);
    CrmClient admin = tenant.as(tenant.admin());
    for (long id : ids) {
      FacesForm.of(admin.browser(), admin.get("/app/contact.xhtml?id=" + id), "actions")
          .press("actions:delete");
    }
    try (Connection c = TestEnvironment.connect(tenant.schema());
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE contact SET deleted_at = NOW(6) - INTERVAL 31 DAY WHERE id = " + ids.get(0));
      s.executeUpdate(
          "UPDATE contact SET deleted_at = NOW(6) - INTERVAL 29 DAY WHERE id = " + ids.get(1));
    }
    WebResponse purged =
        new HttpBrowser()
            .postForm(
                TestEnvironment.appUrl("/test-fixtures/purge-trash?slug=" + tenant.slug()),
                Map.of());
    assertEquals(200, purged.status(), purged::toString);
    assertEquals(0, count("SELECT COUNT(*) FROM contact WHERE id = " + ids.get(0)));
    assertEquals(0, count("SELECT COUNT(*) FROM contact_phone WHERE contact_id = " + ids.get(0)));
    assertEquals(
        1, count("SELECT COUNT(*) FROM contact WHERE id = " + ids.get(1)), "29 days: kept");
  }

  @Test
  void managersTrashHoldsOnlyWhatTheyMayRestore() {
    long own = tenant.contacts(tenant.manager1(), "TrashOwn", 1).get(0);
    long other = tenant.contacts(tenant.admin(), "TrashOther", 1).get(0);
    CrmClient admin = tenant.as(tenant.admin());
    FacesForm.of(admin.browser(), admin.get("/app/contact.xhtml?id=" + other), "actions")
        .press("actions:delete");
    CrmClient m1 = tenant.as(tenant.manager1());
    FacesForm.of(m1.browser(), m1.get("/app/contact.xhtml?id=" + own), "actions")
        .press("actions:delete");
    String trash = m1.get("/app/trash.xhtml").body();
    assertTrue(trash.contains("TrashOwn-0"));
    assertFalse(trash.contains("TrashOther-0"));
  }

  @Test
  void badInputGetsMessagesNextToFieldsAndWritesNothing() throws SQLException {
    CrmClient admin = tenant.as(tenant.admin());
    int before = count("SELECT COUNT(*) FROM contact");

    WebResponse empty = admin.createContact(Map.of("form:lastName", " ", "form:firstName", ""));
    assertEquals(200, empty.status());
    assertTrue(empty.body().contains("Enter a last name or a first name."), empty::toString);

    WebResponse badPhone =
        admin.createContact(
            Map.of("form:lastName", "Иванов", "form:phones:0:number", "позвоните завтра"));
    assertTrue(badPhone.body().contains("This does not look like a phone number."));
    assertTrue(
        Jsoup.parse(badPhone.body())
                .getElementById("form:phones:0:number")
                .hasClass("ui-state-error")
            || badPhone.body().contains("ui-message-error"),
        "the message stands next to the phone field");

    WebResponse badEmail =
        admin.createContact(
            Map.of("form:lastName", "Иванов", "form:emails:0:address", "ivanov@@mail"));
    assertTrue(badEmail.body().contains("Invalid e-mail."));

    WebResponse hugeName = admin.createContact(Map.of("form:lastName", "Я".repeat(100_000)));
    assertEquals(200, hugeName.status());
    assertTrue(hugeName.body().contains("At most 100 characters."), "clear message for 100 KB");

    WebResponse tooBig = admin.createContact(Map.of("form:notes", "x".repeat(2 * 1024 * 1024)));
    assertEquals(413, tooBig.status(), tooBig::toString);
    assertTrue(tooBig.body().contains("The request is too large."), tooBig::toString);

    assertEquals(before, count("SELECT COUNT(*) FROM contact"), "nothing written");
  }

  @Test
  void secondOfTwoConcurrentEditorsIsToldWhoChangedTheContactAndOverwritesNothing() {
    long id = tenant.contacts(tenant.manager1(), "Shared", 1).get(0);
    CrmClient admin = tenant.as(tenant.admin());
    CrmClient head = tenant.as(tenant.salesHead());
    FacesForm adminForm =
        FacesForm.of(admin.browser(), admin.get("/app/contact-edit.xhtml?id=" + id), "form");
    FacesForm headForm =
        FacesForm.of(head.browser(), head.get("/app/contact-edit.xhtml?id=" + id), "form");

    WebResponse first = adminForm.set("form:firstName", "Первый").press("form:save");
    assertEquals(id, CrmClient.cardId(first));
    WebResponse second = headForm.set("form:firstName", "Второй").press("form:save");
    assertEquals(200, second.status());
    assertTrue(
        CrmClient.messages(second).contains("Админ " + tenant.slug() + " changed this contact"),
        second::toString);

    WebResponse card = admin.get("/app/contact.xhtml?id=" + id);
    assertTrue(card.body().contains("Shared-0 Первый"), "the first change stays");
    assertFalse(card.body().contains("Второй"));
  }

  @Test
  void savingTwiceFromOneEditorCreatesOneContact() throws SQLException {
    CrmClient admin = tenant.as(tenant.admin());
    FacesForm form =
        FacesForm.of(admin.browser(), admin.get("/app/contact-edit.xhtml"), "form")
            .set("form:lastName", "Дубль")
            .set("form:firstName", "Один");
    long first = CrmClient.cardId(form.press("form:save"));
    long second = CrmClient.cardId(form.press("form:save"));
    assertEquals(first, second, "the repeated post saves the same contact");
    assertEquals(1, count("SELECT COUNT(*) FROM contact WHERE last_name = 'Дубль'"));
  }

  @Test
  void aPageAskedForBeforeLoginOpensAfterIt() {
    long id = tenant.contacts(tenant.admin(), "Deep", 1).get(0);
    CrmClient client = new CrmClient(tenant.slug());
    WebResponse login = client.get("/app/contact.xhtml?id=" + id);
    assertEquals("/login.xhtml", login.path());
    WebResponse after =
        FacesForm.of(client.browser(), login, "login")
            .set("login:email", tenant.admin())
            .set("login:password", Fixtures.PASSWORD)
            .press("login:submit");
    assertEquals(id, CrmClient.cardId(after));
  }

  @Test
  void impossibleIdsAreNotFound() {
    CrmClient admin = tenant.as(tenant.admin());
    for (String id : List.of("abc", "-1", "0", "9223372036854775808", "99999999999999999999")) {
      assertEquals(404, admin.get("/app/contact.xhtml?id=" + id).status(), id);
      assertEquals(404, admin.get("/app/contact-edit.xhtml?id=" + id).status(), id);
    }
  }

  @Test
  void oversizedAjaxSaveTellsTheUserInsteadOfHanging() {
    CrmClient admin = tenant.as(tenant.admin());
    WebResponse editor = admin.get("/app/contact-edit.xhtml");
    WebResponse answer =
        admin
            .browser()
            .header("Faces-Request", "partial/ajax")
            .postForm(
                admin.url("/app/contact-edit.xhtml"),
                Map.of("form:notes", "я".repeat(400_000), "jakarta.faces.ViewState", "x"));
    admin.browser().header("Faces-Request", "none");
    assertEquals(200, answer.status(), answer::toString);
    assertTrue(answer.body().contains("<partial-response>"), answer::toString);
    assertTrue(answer.body().contains("The request is too large."), answer::toString);
    assertEquals(200, editor.status());
  }

  @Test
  void phonesWithoutCountryCodeFollowTheCompanysRegion() throws SQLException {
    TestTenant kz = Fixtures.tenant("region");
    CrmClient admin = kz.as(kz.admin());
    WebResponse settings = admin.get("/app/settings.xhtml");
    WebResponse bad =
        FacesForm.of(admin.browser(), settings, "settings")
            .set("settings:timeZone_input", "Mars/Olympus")
            .press("settings:save");
    assertTrue(CrmClient.messages(bad).contains("Choose a value from the list."), bad::toString);
    WebResponse saved =
        FacesForm.of(admin.browser(), admin.get("/app/settings.xhtml"), "settings")
            .set("settings:phoneRegion_input", "KZ")
            .set("settings:currency_input", "KZT")
            .set("settings:timeZone_input", "Asia/Almaty")
            .press("settings:save");
    assertTrue(CrmClient.messages(saved).contains("Settings saved."), saved::toString);

    long id =
        CrmClient.cardId(
            admin.createContact(
                Map.of("form:lastName", "Абаев", "form:phones:0:number", "701 234 56 78")));
    try (Connection c = TestEnvironment.connect(kz.schema());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT e164 FROM contact_phone WHERE contact_id = " + id)) {
      assertTrue(r.next());
      assertEquals("+77012345678", r.getString(1));
    }
  }

  @Test
  void passwordChangeEndsTheOtherSessionsAndShowsInLoginHistory() {
    TestTenant own = Fixtures.tenant("pwd"); // its own, as the admin's password changes
    CrmClient here = own.as(own.admin());
    CrmClient elsewhere = own.as(own.admin());

    WebResponse weak =
        FacesForm.of(here.browser(), here.get("/app/profile.xhtml"), "pwd")
            .set("pwd:current", Fixtures.PASSWORD)
            .set("pwd:password", "short1")
            .set("pwd:repeat", "short1")
            .press("pwd:change");
    assertTrue(
        CrmClient.messages(weak).contains("At least 10 characters."),
        () -> CrmClient.messages(weak) + " / " + weak);
    WebResponse wrongCurrent =
        FacesForm.of(here.browser(), here.get("/app/profile.xhtml"), "pwd")
            .set("pwd:current", "not-my-password")
            .set("pwd:password", "Новый-пароль-2026")
            .set("pwd:repeat", "Новый-пароль-2026")
            .press("pwd:change");
    assertTrue(CrmClient.messages(wrongCurrent).contains("The current password is wrong."));
    WebResponse changed =
        FacesForm.of(here.browser(), here.get("/app/profile.xhtml"), "pwd")
            .set("pwd:current", Fixtures.PASSWORD)
            .set("pwd:password", "Новый-пароль-2026")
            .set("pwd:repeat", "Новый-пароль-2026")
            .press("pwd:change");
    assertTrue(CrmClient.messages(changed).contains("Password changed."), changed::toString);

    assertEquals(200, here.get("/app/contacts.xhtml").status(), "this session goes on");
    WebResponse ended = elsewhere.get("/app/contacts.xhtml");
    assertEquals("/login.xhtml", ended.path(), "the other session ended");
    assertTrue(ended.body().contains("password or access rights were changed"), ended::toString);

    assertEquals(
        "/login.xhtml", new CrmClient(own.slug()).login(own.admin(), Fixtures.PASSWORD).path());
    new CrmClient(own.slug()).loggedIn(own.admin(), "Новый-пароль-2026");
    String history = Jsoup.parse(here.get("/app/profile.xhtml").body()).select("#logins").text();
    assertTrue(history.contains("127.0.0.1"), history);
    assertTrue(history.contains("Java-http-client"), history);
  }

  @Test
  void personalDataIsExportedOnRequestAndErasedWithItsHistoryValues() throws SQLException {
    CrmClient admin = tenant.as(tenant.admin());
    long id =
        CrmClient.cardId(
            admin.createContact(
                Map.of(
                    "form:lastName", "Стираемая",
                    "form:firstName", "Персона",
                    "form:phones:0:number", "8 (903) 111-22-33")));
    admin.editContact(id, Map.of("form:firstName", "Личность"));

    WebResponse export = admin.get("/app/export/contact-personal-data.json?id=" + id);
    assertEquals(200, export.status(), export::toString);
    assertTrue(export.body().contains("\"as-entered\":\"8 (903) 111-22-33\""), export.body());
    assertTrue(
        export.body().contains("Персона") && export.body().contains("Личность"), "history too");
    assertEquals(
        404,
        tenant
            .as(tenant.manager1())
            .get("/app/export/contact-personal-data.json?id=" + id)
            .status());

    WebResponse erased =
        FacesForm.of(admin.browser(), admin.get("/app/contact.xhtml?id=" + id), "actions")
            .press("actions:erase");
    assertTrue(erased.body().contains("personal data has been erased"), erased::toString);
    assertEquals(0, count("SELECT COUNT(*) FROM contact WHERE id = " + id));
    assertEquals(0, count("SELECT COUNT(*) FROM contact_phone WHERE contact_id = " + id));
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM history_entry WHERE entity_id = "
                + id
                + " AND entity_type = 'contact' AND changes LIKE '%Персона%'"));
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM history_entry WHERE entity_id = "
                + id
                + " AND entity_type = 'contact' AND action = 'ERASED'"));
    assertEquals(404, admin.get("/app/export/contact-personal-data.json?id=" + id).status());
  }

  @Test
  void anInitialPasswordMustBeChangedBeforeAnythingElse() {
    CrmClient newcomer = new CrmClient(tenant.slug());
    WebResponse landed = newcomer.login("new@" + tenant.slug() + ".test", Fixtures.PASSWORD);
    assertEquals("/app/profile.xhtml", landed.path(), landed::toString);
    assertTrue(CrmClient.messages(landed).contains("Choose your own to continue."));
    assertEquals("/app/profile.xhtml", newcomer.get("/app/contacts.xhtml").path());
    FacesForm.of(newcomer.browser(), newcomer.get("/app/profile.xhtml"), "pwd")
        .set("pwd:current", Fixtures.PASSWORD)
        .set("pwd:password", "Мой-пароль-2027")
        .set("pwd:repeat", "Мой-пароль-2027")
        .press("pwd:change");
    assertEquals("/app/contacts.xhtml", newcomer.get("/app/contacts.xhtml").path());
  }

  @Test
  void aFormSentWithoutThePagesNonceIsRefusedAndWritesNothing() {
    CrmClient admin = tenant.as(tenant.admin());
    WebResponse editor = admin.get("/app/contact-edit.xhtml");
    WebResponse refused =
        FacesForm.of(admin.browser(), editor, "form")
            .set("form:lastName", "Поддельный")
            .withoutNonce()
            .press("form:save");
    assertEquals(400, refused.status(), refused::toString);
    assertTrue(refused.body().contains("Please reload the page"), refused::body);
    assertTrue(admin.search("Поддельный").isEmpty(), "nothing saved");
  }

  @Test
  void markupInUserTextIsShownAsTextEverywhere() {
    CrmClient admin = tenant.as(tenant.admin());
    String script = "<script>alert(1)</script>";
    String img = "<img src=x onerror=alert(1)>";
    WebResponse card =
        admin.createContact(
            Map.of("form:lastName", script, "form:firstName", img, "form:notes", script + img));
    long id = CrmClient.cardId(card);

    for (WebResponse page :
        List.of(
            card,
            admin.get("/app/contact.xhtml?id=" + id),
            admin.get("/app/contacts.xhtml"),
            admin.get("/app/contacts.xhtml?q=%3Cscript"),
            admin.get("/app/contact-edit.xhtml?id=" + id))) {
      assertEquals(200, page.status(), page::toString);
      assertFalse(page.body().contains(script), "raw script tag in " + page.uri());
      assertFalse(page.body().contains("<img src=x"), "raw img tag in " + page.uri());
      Document doc = Jsoup.parse(page.body());
      assertTrue(
          doc.select("script").stream().noneMatch(s -> s.data().contains("alert(1)")),
          "no script runs alert in " + page.uri());
      assertTrue(doc.select("img[onerror]").isEmpty(), "no img with onerror in " + page.uri());
      assertTrue(doc.text().contains(script), "the name is shown as text in " + page.uri());
    }

    WebResponse export = admin.export("");
    assertEquals(200, export.status());
    assertTrue(export.body().contains(script), "export keeps the text as text");
  }

  @Test
  void exportIsExcelFriendlyCsv() {
    CrmClient admin = tenant.as(tenant.admin());
    admin.createContact(
        Map.of("form:lastName", "=HYPERLINK(\"http://evil\")", "form:firstName", "Ёжик"));
    WebResponse export = admin.export("name=%3DHYPERLINK");
    assertEquals(200, export.status());
    assertTrue(export.header("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(export.body().startsWith("\uFEFF"), "UTF-8 byte order mark for Excel");
    String[] lines = export.body().substring(1).split("\r\n");
    assertTrue(lines[0].contains(";"), "semicolon separated");
    assertEquals(2, lines.length, export.body());
    assertTrue(lines[1].contains("'=HYPERLINK"), "formula neutralised: " + lines[1]);
    assertTrue(lines[1].contains("Ёжик"));
  }

  @Test
  void languageSwitchesAndIsRemembered() {
    CrmClient admin = tenant.as(tenant.manager2());
    WebResponse list = admin.get("/app/contacts.xhtml");
    assertTrue(list.body().contains(">Contacts<"), "English for an English browser");
    WebResponse russian = FacesForm.of(admin.browser(), list, "userMenu").press("userMenu:lang-ru");
    assertTrue(russian.body().contains(">Контакты<"), russian::toString);
    assertTrue(admin.get("/app/contact-edit.xhtml").body().contains("Фамилия"));

    CrmClient later = tenant.as(tenant.manager2());
    assertTrue(
        later.get("/app/contacts.xhtml").body().contains(">Контакты<"),
        "the choice is saved on the account");
    FacesForm.of(later.browser(), later.get("/app/contacts.xhtml"), "userMenu")
        .press("userMenu:lang-en");
  }

  private static int count(String sql) throws SQLException {
    try (Connection c = TestEnvironment.connect(tenant.schema());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getInt(1);
    }
  }
}
