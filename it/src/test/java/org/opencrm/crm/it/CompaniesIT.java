package org.opencrm.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.it.support.CrmAppTestBase;
import org.opencrm.crm.it.support.CrmClient;
import org.opencrm.crm.it.support.FacesForm;
import org.opencrm.crm.it.support.Fixtures;
import org.opencrm.crm.it.support.Fixtures.TestTenant;
import org.opencrm.crm.it.support.WebResponse;

/**
 * Companies end to end over HTTP against the real server and database: requisites and bank accounts
 * checked by their rules, filled in from a registry lookup provider (a local fake speaking the
 * DaData find-party API), contacts linked both ways, permissions, history and the company profile.
 */
class CompaniesIT extends CrmAppTestBase {

  private static final String SBER_INN = "7707083893";

  private static TestTenant tenant;
  private static HttpServer registry;
  private static final AtomicReference<String> registryAnswer = new AtomicReference<>();
  private static final AtomicReference<String> registryAuth = new AtomicReference<>();

  @BeforeAll
  static void start() throws IOException {
    tenant = Fixtures.tenant("companies");
    registry = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    registry.createContext(
        "/rs/findById/party",
        exchange -> {
          registryAuth.set(exchange.getRequestHeaders().getFirst("Authorization"));
          byte[] body = registryAnswer.get().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    registry.start();
  }

  @AfterAll
  static void stop() {
    registry.stop(0);
  }

  private static Map<String, String> sber(String name) {
    return Map.of(
        "form:name", name,
        "form:phones:0:number", "8 (495) 500-55-50",
        "form:sets:0:inn", "7707 083 893",
        "form:sets:0:kpp", "773601001",
        "form:sets:0:ogrn", "1027700132195",
        "form:sets:0:shortName", "ПАО Сбербанк",
        "form:sets:0:accounts:0:bik", "044525225",
        "form:sets:0:accounts:0:settlementAccount", "40702810938000000001",
        "form:sets:0:accounts:0:correspondentAccount", "30101810400000000225");
  }

  private static WebResponse saveCompany(CrmClient client, Long id, Map<String, String> fields) {
    WebResponse editor = client.get("/app/company-edit.xhtml" + (id == null ? "" : "?id=" + id));
    assertEquals(200, editor.status(), editor::toString);
    FacesForm form = FacesForm.of(client.browser(), editor, "form");
    fields.forEach(form::set);
    return pastLookalikes(client, form.press("form:save"));
  }

  /** Several tests reuse one real INN: past the lookalike warning, which its own test checks. */
  private static WebResponse pastLookalikes(CrmClient client, WebResponse saved) {
    if (!Jsoup.parse(saved.body()).select("#form\\:lookalikes").isEmpty()) {
      return FacesForm.of(client.browser(), saved, "form").press("form:saveAnyway");
    }
    return saved;
  }

  private static long companyId(WebResponse card) {
    assertEquals("/app/company.xhtml", card.path(), card::toString);
    return Long.parseLong(card.uri().getQuery().substring(3));
  }

  @Test
  void aCompanyIsSavedWithItsRequisitesAndAccountAndShownOnItsCard() {
    CrmClient admin = tenant.as(tenant.admin());
    WebResponse card = saveCompany(admin, null, sber("Сбер"));
    long id = companyId(card);
    Document doc = Jsoup.parse(card.body());
    assertEquals("Сбер", doc.select("#company-name").text());
    assertTrue(doc.select(".f-inn").text().contains(SBER_INN), card::toString);
    assertTrue(doc.select(".bank-accounts").text().contains("40702810938000000001"));
    assertTrue(doc.select("#f-phones").text().contains("+7 495 500-55-50"));
    assertEquals(1, tenant.count("SELECT COUNT(*) FROM requisite_set WHERE company_id = " + id));
    assertEquals(
        1,
        tenant.count(
            "SELECT COUNT(*) FROM bank_account b JOIN requisite_set r ON b.requisite_set_id = r.id"
                + " WHERE r.company_id = "
                + id));

    // The list finds it by name, by INN and by the last digits of its phone.
    for (String q : List.of("Сбе", SBER_INN, "55-50")) {
      WebResponse list =
          admin.get(
              "/app/companies.xhtml?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
      assertTrue(
          Jsoup.parse(list.body()).select("a.company-link").text().contains("Сбер"),
          "search " + q + ": " + list);
    }

    // A second requisite set, then a change in it, are told apart in history.
    WebResponse editor = admin.get("/app/company-edit.xhtml?id=" + id);
    FacesForm form = FacesForm.of(admin.browser(), editor, "form");
    WebResponse twoSets = form.press("form:addSet");
    FacesForm second = FacesForm.of(admin.browser(), twoSets, "form");
    second.set("form:sets:1:inn", "500100732259");
    second.set("form:sets:1:ogrn", "304500116000157");
    second.set("form:sets:1:shortName", "ИП Петров");
    WebResponse saved = second.press("form:save");
    assertEquals("/app/company.xhtml", saved.path(), saved::toString);
    assertEquals(2, tenant.count("SELECT COUNT(*) FROM requisite_set WHERE company_id = " + id));
    String history = Jsoup.parse(saved.body()).select("ul.history").text();
    assertTrue(history.contains("ИНН (2)") || history.contains("INN (2)"), history);
  }

  @Test
  void wrongNumbersAreReportedAtTheirFieldsAndNothingIsSaved() {
    CrmClient admin = tenant.as(tenant.admin());
    long before = tenant.count("SELECT COUNT(*) FROM company");
    Map<String, String> bad = new java.util.HashMap<>(sber("Ошибка"));
    bad.put("form:sets:0:inn", "7707083894");
    bad.put("form:sets:0:kpp", "77360100");
    bad.put("form:sets:0:ogrn", "1027700132196");
    bad.put("form:sets:0:accounts:0:settlementAccount", "40702810938000000002");
    bad.put("form:website", "не сайт");
    WebResponse page = saveCompany(admin, null, bad);
    assertEquals("/app/company-edit.xhtml", page.path(), page::toString);
    Document doc = Jsoup.parse(page.body());
    assertTrue(messageAt(doc, "form:sets:0:inn").contains("check digits"), page::toString);
    assertTrue(messageAt(doc, "form:sets:0:kpp").contains("9 characters"), page::toString);
    assertTrue(messageAt(doc, "form:sets:0:ogrn").contains("OGRN does not exist"));
    assertTrue(
        messageAt(doc, "form:sets:0:accounts:0:settlementAccount").contains("does not match"));
    assertTrue(messageAt(doc, "form:website").contains("website"));
    assertEquals(before, tenant.count("SELECT COUNT(*) FROM company"), "nothing written");
  }

  /** The text of the message PrimeFaces shows for an input (its widget script names the target). */
  private static String messageAt(Document doc, String inputId) {
    return doc.select("script").stream()
        .filter(s -> s.html().contains("target:\"" + inputId + "\""))
        .map(s -> s.id().replaceFirst("_s$", ""))
        .map(id -> doc.getElementById(id))
        .filter(java.util.Objects::nonNull)
        .map(e -> e.text())
        .findFirst()
        .orElse("");
  }

  @Test
  void typingAnInnFillsTheRequisitesFromTheRegistryAndWarnsOfALiquidatedCompany() {
    CrmClient admin = tenant.as(tenant.admin());
    WebResponse settings = admin.get("/app/settings.xhtml");
    WebResponse off = admin.get("/app/company-edit.xhtml");
    assertTrue(off.body().contains("Filling in by INN is off"), "no token: validation only");
    WebResponse saved =
        FacesForm.of(admin.browser(), settings, "lookup")
            .set(
                "lookup:lookupBaseUrl",
                "http://127.0.0.1:" + registry.getAddress().getPort() + "/rs")
            .set("lookup:lookupToken", "test-token-123")
            .press("lookup:saveLookup");
    assertTrue(CrmClient.messages(saved).contains("saved"), saved::toString);

    registryAnswer.set(party("ACTIVE"));
    WebResponse editor = admin.get("/app/company-edit.xhtml");
    WebResponse filled =
        FacesForm.of(admin.browser(), editor, "form")
            .set("form:sets:0:inn", SBER_INN)
            .press("form:sets:0:lookup");
    assertEquals("Token test-token-123", registryAuth.get());
    Document doc = Jsoup.parse(filled.body());
    assertEquals("ПАО СБЕРБАНК", doc.select("[id=form:sets:0:shortName]").val(), filled::toString);
    assertEquals("773601001", doc.select("[id=form:sets:0:kpp]").val());
    assertEquals("1027700132195", doc.select("[id=form:sets:0:ogrn]").val());
    assertEquals("ПАО СБЕРБАНК", doc.select("[id=form:name]").val(), "an empty name is filled too");
    assertTrue(doc.select("[id=form:sets:0:directorName]").val().contains("Греф"));
    WebResponse card =
        pastLookalikes(admin, FacesForm.of(admin.browser(), filled, "form").press("form:save"));
    assertEquals("/app/company.xhtml", card.path(), card::toString);

    registryAnswer.set(party("LIQUIDATED"));
    WebResponse warned =
        FacesForm.of(admin.browser(), admin.get("/app/company-edit.xhtml"), "form")
            .set("form:sets:0:inn", SBER_INN)
            .press("form:sets:0:lookup");
    assertTrue(CrmClient.messages(warned).contains("liquidated"), warned::toString);

    registryAnswer.set("{\"suggestions\":[]}");
    WebResponse none =
        FacesForm.of(admin.browser(), admin.get("/app/company-edit.xhtml"), "form")
            .set("form:sets:0:inn", SBER_INN)
            .press("form:sets:0:lookup");
    assertTrue(CrmClient.messages(none).contains("No organisation"), none::toString);

    WebResponse invalid =
        FacesForm.of(admin.browser(), admin.get("/app/company-edit.xhtml"), "form")
            .set("form:sets:0:inn", "7707083894")
            .press("form:sets:0:lookup");
    assertTrue(CrmClient.messages(invalid).contains("check digits"), invalid::toString);
  }

  private static String party(String status) {
    return """
        {"suggestions":[{"value":"ПАО СБЕРБАНК","data":{
          "inn":"7707083893","kpp":"773601001","ogrn":"1027700132195","type":"LEGAL",
          "branch_type":"MAIN",
          "name":{"full_with_opf":"ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО \\"СБЕРБАНК РОССИИ\\"",
                  "short_with_opf":"ПАО СБЕРБАНК"},
          "management":{"name":"Греф Герман Оскарович","post":"ПРЕЗИДЕНТ, ПРЕДСЕДАТЕЛЬ ПРАВЛЕНИЯ"},
          "address":{"value":"г Москва, ул Вавилова, д 19"},
          "state":{"status":"%s"}}}]}
        """
        .formatted(status);
  }

  @Test
  void contactsAreLinkedFromTheCompanyAndShownOnBothCardsAndInHistory() {
    CrmClient admin = tenant.as(tenant.admin());
    long contact = tenant.contacts(tenant.admin(), "Связанный", 1).get(0);
    long company = companyId(saveCompany(admin, null, Map.of("form:name", "ООО «Связь»")));

    WebResponse card = admin.get("/app/company.xhtml?id=" + company);
    FacesForm links = FacesForm.of(admin.browser(), card, "links");
    WebResponse suggestions =
        links.ajax("links:contact", Map.of("links:contact_query", "Связанный"));
    assertTrue(suggestions.body().contains("Связанный"), suggestions::toString);
    WebResponse linked =
        links.set("links:contact_hinput", String.valueOf(contact)).press("links:link");
    assertTrue(
        Jsoup.parse(linked.body()).select("#linked-contacts").text().contains("Связанный"),
        linked::toString);
    assertEquals(
        1,
        tenant.count(
            "SELECT COUNT(*) FROM contact_company WHERE company_id = "
                + company
                + " AND contact_id = "
                + contact));

    WebResponse contactCard = admin.get("/app/contact.xhtml?id=" + contact);
    Document doc = Jsoup.parse(contactCard.body());
    assertTrue(doc.select("#companies").text().contains("ООО «Связь»"), contactCard::toString);
    assertTrue(doc.select("ul.history").text().contains("ООО «Связь»"), "the contact's history");
    assertTrue(
        Jsoup.parse(admin.get("/app/company.xhtml?id=" + company).body())
            .select("ul.history")
            .text()
            .contains("Связанный"),
        "the company's history");
  }

  @Test
  void aDeletedCompanyWaitsInTheTrashAndComesBackWithItsRequisites() {
    CrmClient admin = tenant.as(tenant.admin());
    long id = companyId(saveCompany(admin, null, sber("В корзину")));
    WebResponse card = admin.get("/app/company.xhtml?id=" + id);
    WebResponse deleted = FacesForm.of(admin.browser(), card, "actions").press("actions:delete");
    assertEquals("/app/companies.xhtml", deleted.path(), deleted::toString);
    assertEquals(404, admin.get("/app/company.xhtml?id=" + id).status());

    WebResponse trash = admin.get("/app/trash.xhtml");
    String restoreButton =
        Jsoup.parse(trash.body()).select("button[id$=':restore']").stream()
            .filter(b -> b.parents().select("tr").text().contains("В корзину"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(trash.toString()))
            .attr("name");
    WebResponse restored = FacesForm.of(admin.browser(), trash, "trash").press(restoreButton);
    assertEquals("/app/company.xhtml", restored.path(), restored::toString);
    assertTrue(Jsoup.parse(restored.body()).select(".f-inn").text().contains(SBER_INN));
  }

  @Test
  void aManagerLimitedToOwnRecordsNeitherSeesNorFindsOthersCompanies() {
    CrmClient admin = tenant.as(tenant.admin());
    long hidden = companyId(saveCompany(admin, null, Map.of("form:name", "Скрытая компания")));
    CrmClient manager = tenant.as(tenant.manager1());
    WebResponse card = manager.get("/app/company.xhtml?id=" + hidden);
    assertEquals(404, card.status());
    assertEquals(404, manager.get("/app/company-edit.xhtml?id=" + hidden).status());
    WebResponse list =
        manager.get(
            "/app/companies.xhtml?q="
                + java.net.URLEncoder.encode("Скрытая", StandardCharsets.UTF_8));
    assertFalse(list.body().contains("Скрытая компания"), list::toString);

    long own = companyId(saveCompany(manager, null, Map.of("form:name", "Своя компания")));
    assertEquals(200, manager.get("/app/company.xhtml?id=" + own).status());

    // Exports hold what the list holds: the manager's own, never the administrator's.
    WebResponse export = manager.get("/app/export/companies.csv");
    assertEquals(200, export.status(), export::toString);
    assertTrue(export.body().startsWith("\uFEFF"), "a byte order mark for Excel");
    assertTrue(export.body().contains("Своя компания"), export::body);
    assertFalse(export.body().contains("Скрытая компания"), export::body);
    WebResponse all = admin.get("/app/export/companies.csv?name=" + enc("Скрытая"));
    assertTrue(all.body().contains("Скрытая компания;"), all::body);
    assertEquals(400, admin.get("/app/export/companies.csv?status=abc").status());
  }

  @Test
  void theGlobalSearchGroupsContactsAndCompaniesAndFindsOnlyWhatTheUserMaySee() {
    CrmClient admin = tenant.as(tenant.admin());
    Map<String, String> fields = new java.util.HashMap<>(sber("Поисковая"));
    fields.put("form:phones:0:number", "8 (495) 777-12-34");
    fields.put("form:sets:0:inn", "500100732259");
    fields.put("form:sets:0:kpp", "");
    fields.put("form:sets:0:ogrn", "304500116000157");
    saveCompany(admin, null, fields);
    tenant.contacts(tenant.admin(), "Поисковый", 2);

    WebResponse byName = admin.get("/app/search.xhtml?q=" + enc("Поисков"));
    Document doc = Jsoup.parse(byName.body());
    assertEquals(2, doc.select("#group-contact a.contact-link").size(), byName::toString);
    assertEquals(1, doc.select("#group-company a.company-link").size(), byName::toString);
    for (String q : List.of("500100732259", "777-12-34", "1234")) {
      WebResponse found = admin.get("/app/search.xhtml?q=" + enc(q));
      assertTrue(
          Jsoup.parse(found.body())
              .select("#group-company a.company-link")
              .text()
              .contains("Поисковая"),
          q + ": " + found);
    }
    WebResponse nothing = admin.get("/app/search.xhtml?q=" + enc("Несуществующее"));
    assertFalse(Jsoup.parse(nothing.body()).select("#nothing").isEmpty(), nothing::toString);

    WebResponse asManager =
        tenant.as(tenant.manager1()).get("/app/search.xhtml?q=" + enc("Поисков"));
    assertTrue(
        Jsoup.parse(asManager.body()).select("a.company-link, a.contact-link").isEmpty(),
        asManager::toString);
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void aNewCompanyLikeAnExistingOneIsFlaggedAndOnlyWhatTheUserMaySeeIsNamed() {
    CrmClient admin = tenant.as(tenant.admin());
    Map<String, String> original = new java.util.HashMap<>(sber("Оригинал"));
    original.put("form:sets:0:inn", "7736050003");
    original.put("form:sets:0:kpp", "");
    original.put("form:sets:0:ogrn", "");
    original.put("form:sets:0:accounts:0:bik", "");
    original.put("form:sets:0:accounts:0:settlementAccount", "");
    original.put("form:sets:0:accounts:0:correspondentAccount", "");
    original.put("form:phones:0:number", "+7 495 111-22-33");
    companyId(saveCompany(admin, null, original));

    CrmClient manager = tenant.as(tenant.manager1());
    long before = tenant.count("SELECT COUNT(*) FROM company");
    FacesForm form =
        FacesForm.of(manager.browser(), manager.get("/app/company-edit.xhtml"), "form")
            .set("form:name", "Копия")
            .set("form:sets:0:inn", "7736 050 003");
    WebResponse flagged = form.press("form:save");
    Document doc = Jsoup.parse(flagged.body());
    assertFalse(doc.select("#form\\:lookalikes").isEmpty(), flagged::toString);
    assertTrue(doc.select(".lookalike-link").isEmpty(), "the manager may not see it: no link");
    assertFalse(doc.text().contains("Оригинал"), "nor its name");
    assertTrue(doc.select("#form\\:lookalikes").text().contains("7736050003"), flagged::toString);
    assertEquals(before, tenant.count("SELECT COUNT(*) FROM company"), "not saved yet");
    WebResponse anyway = FacesForm.of(manager.browser(), flagged, "form").press("form:saveAnyway");
    assertEquals("/app/company.xhtml", anyway.path(), anyway::toString);

    // The administrator sees the match by phone, with a link to it.
    WebResponse seen =
        FacesForm.of(admin.browser(), admin.get("/app/company-edit.xhtml"), "form")
            .set("form:name", "Третья")
            .set("form:phones:0:number", "8 (495) 111-22-33")
            .press("form:save");
    assertTrue(
        Jsoup.parse(seen.body()).select(".lookalike-link").text().contains("Оригинал"),
        seen::toString);
  }

  @Test
  void theCompanyProfileHoldsTheTenantsOwnRequisitesForEveryoneToRead() {
    CrmClient admin = tenant.as(tenant.admin());
    WebResponse page = admin.get("/app/company-profile.xhtml");
    WebResponse bad =
        FacesForm.of(admin.browser(), page, "form")
            .set("form:sets:0:shortName", "ООО «Наша»")
            .set("form:sets:0:inn", SBER_INN)
            .set("form:sets:0:accounts:0:bik", "14452522")
            .set("form:sets:0:accounts:0:settlementAccount", "40702810938000000001")
            .press("form:save");
    assertTrue(CrmClient.messages(bad).contains("9 digits"), bad::toString);
    assertEquals(0, tenant.count("SELECT COUNT(*) FROM requisite_set WHERE company_id IS NULL"));

    WebResponse good =
        FacesForm.of(admin.browser(), bad, "form")
            .set("form:sets:0:accounts:0:bik", "044525225")
            .press("form:save");
    assertTrue(CrmClient.messages(good).contains("Company profile saved"), good::toString);
    assertEquals(1, tenant.count("SELECT COUNT(*) FROM requisite_set WHERE company_id IS NULL"));

    WebResponse asManager = tenant.as(tenant.manager1()).get("/app/company-profile.xhtml");
    assertEquals(200, asManager.status());
    assertTrue(asManager.body().contains("ООО «Наша»"), asManager::toString);
    assertTrue(
        Jsoup.parse(asManager.body()).select("form#form").isEmpty(), "read-only for managers");
  }
}
