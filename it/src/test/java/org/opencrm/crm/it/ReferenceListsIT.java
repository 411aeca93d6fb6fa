package org.opencrm.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.it.support.CrmAppTestBase;
import org.opencrm.crm.it.support.CrmClient;
import org.opencrm.crm.it.support.FacesForm;
import org.opencrm.crm.it.support.Fixtures;
import org.opencrm.crm.it.support.Fixtures.TestTenant;
import org.opencrm.crm.it.support.WebResponse;

/**
 * Reference lists: the modelled defaults in every new tenant, values chosen on contacts and
 * companies and shown on their cards, archived values kept by records but no longer offered,
 * renames seen everywhere, bad input refused, the page closed to managers.
 */
class ReferenceListsIT extends CrmAppTestBase {

  private static TestTenant tenant;

  @BeforeAll
  static void createTenant() {
    tenant = Fixtures.tenant("refs");
  }

  private long idOf(String list, String name) {
    return tenant.count(
        "SELECT id FROM reference_item WHERE list_key = '" + list + "' AND name = '" + name + "'");
  }

  @Test
  void everyNewTenantHasTheModelledDefaults() {
    for (String source :
        new String[] {"Сайт", "Холодный звонок", "Наружная реклама", "Посредник", "Рассылка"}) {
      assertTrue(idOf("source", source) > 0, source);
    }
    assertTrue(idOf("contact-type", "Сотрудник партнёра") > 0);
    assertEquals(
        4,
        tenant.count(
            "SELECT COUNT(*) FROM reference_item WHERE list_key = 'company-status' AND color IS NOT NULL"));
  }

  @Test
  void chosenValuesShowOnCardsAndArchivedOnesStayButAreNoLongerOffered() {
    CrmClient admin = tenant.as(tenant.admin());
    long partner = idOf("company-type", "Партнёр");
    long regular = idOf("company-status", "Постоянная");
    long cold = idOf("source", "Холодный звонок");
    WebResponse editor = admin.get("/app/company-edit.xhtml");
    WebResponse card =
        FacesForm.of(admin.browser(), editor, "form")
            .set("form:name", "ООО «Справочная»")
            .set("form:type_input", String.valueOf(partner))
            .set("form:status_input", String.valueOf(regular))
            .set("form:source_input", String.valueOf(cold))
            .set("form:activity_input", String.valueOf(idOf("activity", "ИТ")))
            .press("form:save");
    assertEquals("/app/company.xhtml", card.path(), card::toString);
    Document doc = Jsoup.parse(card.body());
    assertEquals("Партнёр", doc.select("#f-type").text());
    assertEquals("Постоянная", doc.select("#f-status").text());
    assertTrue(doc.select("#f-status .badge").attr("style").contains("#4CAF50"), "status colour");
    assertEquals("Холодный звонок", doc.select("#f-source").text());
    assertEquals("ИТ", doc.select("#f-activity").text());
    long id = Long.parseLong(card.uri().getQuery().substring(3));

    // Archive the type: the company keeps it, a new company is not offered it.
    WebResponse page = admin.get("/app/reference-lists.xhtml?list=company-type");
    assertEquals(200, page.status(), page::toString);
    String partnerRow = rowPrefix(page, "Партнёр");
    WebResponse archived =
        FacesForm.of(admin.browser(), page, "lists").press(partnerRow + "archive");
    assertEquals(
        1,
        tenant.count("SELECT COUNT(*) FROM reference_item WHERE archived AND id = " + partner),
        archived::toString);
    assertTrue(
        Jsoup.parse(admin.get("/app/company.xhtml?id=" + id).body())
            .select("#f-type")
            .text()
            .contains("Партнёр"));
    assertFalse(
        Jsoup.parse(admin.get("/app/company-edit.xhtml").body())
            .select("[id=form:type_input] option")
            .text()
            .contains("Партнёр"),
        "not offered to new records");
    assertTrue(
        Jsoup.parse(admin.get("/app/company-edit.xhtml?id=" + id).body())
            .select("[id=form:type_input] option")
            .text()
            .contains("Партнёр"),
        "still offered to the record that holds it");

    // A value posted that is archived, or of another list, is refused and nothing is saved.
    long before = tenant.count("SELECT COUNT(*) FROM company");
    WebResponse refused =
        FacesForm.of(admin.browser(), admin.get("/app/company-edit.xhtml"), "form")
            .set("form:name", "ООО «Отказ»")
            .set("form:type_input", String.valueOf(cold))
            .press("form:save");
    assertTrue(
        CrmClient.messages(refused).contains("Choose a value from the list"), refused::toString);
    assertEquals(before, tenant.count("SELECT COUNT(*) FROM company"));

    // A rename shows on the card at once.
    WebResponse statuses = admin.get("/app/reference-lists.xhtml?list=company-status");
    String row = rowPrefix(statuses, "Постоянная");
    WebResponse renamed =
        FacesForm.of(admin.browser(), statuses, "lists")
            .set(row + "name", "Лояльная")
            .press("lists:saveAll");
    assertTrue(CrmClient.messages(renamed).contains("saved"), renamed::toString);
    assertEquals(
        1,
        tenant.count("SELECT COUNT(*) FROM reference_item WHERE name = 'Лояльная'"),
        () -> row + "\n" + renamed);
    assertEquals(
        "Лояльная",
        Jsoup.parse(admin.get("/app/company.xhtml?id=" + id).body()).select("#f-status").text());
  }

  @Test
  void listsAreFilteredByStatusAndByStatusNotSet() {
    CrmClient admin = tenant.as(tenant.admin());
    long newStatus = idOf("company-status", "Новая");
    FacesForm.of(admin.browser(), admin.get("/app/company-edit.xhtml"), "form")
        .set("form:name", "Фильтр со статусом")
        .set("form:status_input", String.valueOf(newStatus))
        .press("form:save");
    FacesForm.of(admin.browser(), admin.get("/app/company-edit.xhtml"), "form")
        .set("form:name", "Фильтр без статуса")
        .press("form:save");
    WebResponse list = admin.get("/app/companies.xhtml");
    WebResponse withStatus =
        FacesForm.of(admin.browser(), list, "list")
            .set("list:f-name", "Фильтр")
            .set("list:f-status_input", String.valueOf(newStatus))
            .press("list:apply");
    String shown = Jsoup.parse(withStatus.body()).select("a.company-link").text();
    assertTrue(shown.contains("Фильтр со статусом") && !shown.contains("без"), shown);
    WebResponse notSet =
        FacesForm.of(admin.browser(), list, "list")
            .set("list:f-name", "Фильтр")
            .set("list:f-status_input", "0")
            .press("list:apply");
    shown = Jsoup.parse(notSet.body()).select("a.company-link").text();
    assertTrue(shown.contains("Фильтр без статуса") && !shown.contains("со статусом"), shown);
  }

  @Test
  void badValuesAreRefusedAndTheListsAreForAdministratorsOnly() {
    CrmClient admin = tenant.as(tenant.admin());
    WebResponse page = admin.get("/app/reference-lists.xhtml?list=contact-status");
    long before = tenant.count("SELECT COUNT(*) FROM reference_item");
    WebResponse duplicate =
        FacesForm.of(admin.browser(), page, "add").set("add:newName", " новый ").press("add:add");
    assertTrue(
        CrmClient.messages(duplicate).contains("already has such a value"), duplicate::toString);
    String colorField =
        Jsoup.parse(page.body()).select("input[id^=add:newColor]").stream()
            .findFirst()
            .map(i -> i.attr("name"))
            .orElseThrow(() -> new AssertionError("no colour input: " + page));
    WebResponse empty =
        FacesForm.of(admin.browser(), page, "add").set("add:newName", "   ").press("add:add");
    assertTrue(CrmClient.messages(empty).contains("Give the value a name"), empty::toString);
    assertEquals(before, tenant.count("SELECT COUNT(*) FROM reference_item"), "nothing added");

    WebResponse added =
        FacesForm.of(admin.browser(), page, "add")
            .set("add:newName", "Особый")
            .set(colorField, "#aa00ff")
            .press("add:add");
    assertTrue(CrmClient.messages(added).contains("saved"), added::toString);
    assertEquals(
        "#AA00FF",
        String.valueOf(
            tenant.count(
                        "SELECT COUNT(*) FROM reference_item WHERE name = 'Особый' AND color = '#AA00FF'")
                    == 1
                ? "#AA00FF"
                : "missing"));

    WebResponse refused = tenant.as(tenant.manager1()).get("/app/reference-lists.xhtml");
    assertEquals(403, refused.status());
    assertFalse(refused.body().contains("Incident number"), "a refusal is no incident to report");
  }

  /** The client id prefix ({@code lists:rows:N:}) of the row holding a value. */
  private static String rowPrefix(WebResponse page, String value) {
    return Jsoup.parse(page.body()).select("input[id$=':name']").stream()
        .filter(i -> i.val().equals(value))
        .findFirst()
        .map(i -> i.attr("name").replaceFirst("name$", ""))
        .orElseThrow(() -> new AssertionError(value + " not on " + page));
  }
}
