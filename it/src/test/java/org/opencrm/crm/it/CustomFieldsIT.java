package org.opencrm.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Custom fields: defined by an administrator on the settings page, filled in on editors (every bad
 * value refused next to its field, nothing saved), shown on cards, as list columns and in exports,
 * filtered on, written and read through the API, and recorded in history.
 */
class CustomFieldsIT extends CrmAppTestBase {

  private static TestTenant tenant;
  private static String token;
  private static long budget;
  private static long channel;
  private static long interests;
  private static long until;
  private static long regular;
  private static long partner;
  private static long partnerCompany;

  @BeforeAll
  static void defineFields() {
    tenant = Fixtures.tenant("cfields");
    token = tenant.apiToken("custom fields", false);
    CrmClient admin = tenant.as(tenant.admin());
    budget = addField(admin, "contact", "Бюджет", "MONEY", Map.of("add:newInList_input", "on"));
    channel =
        addField(admin, "contact", "Канал", "LIST", Map.of("add:newOptions", "Звонок\nПочта"));
    interests =
        addField(
            admin, "contact", "Интересы", "MULTI_LIST", Map.of("add:newOptions", "Опт\nРозница"));
    until = addField(admin, "contact", "Договор до", "DATE", Map.of());
    regular = addField(admin, "contact", "Постоянный", "CHECKBOX", Map.of());
    partner =
        addField(
            admin,
            "contact",
            "Компания-партнёр",
            "LINK",
            Map.of("add:newLinkEntity_input", "company"));
    WebResponse company =
        FacesForm.of(admin.browser(), admin.get("/app/company-edit.xhtml"), "form")
            .set("form:name", "ООО «Партнёр»")
            .press("form:save");
    assertEquals("/app/company.xhtml", company.path(), company::toString);
    partnerCompany = Long.parseLong(company.uri().getQuery().substring(3));
  }

  /** Adds a field on the settings page; returns its id. */
  private static long addField(
      CrmClient admin, String entity, String name, String kind, Map<String, String> extra) {
    WebResponse page = admin.get("/app/custom-fields.xhtml?entity=" + entity);
    assertEquals(200, page.status(), page::toString);
    FacesForm form = FacesForm.of(admin.browser(), page, "add");
    // The kind shows its own inputs (list values, link target) first, as choosing it in the menu
    // does.
    form.set("add:newKind_input", kind)
        .ajax(
            "add:newKind",
            Map.of(
                "jakarta.faces.behavior.event", "change", "jakarta.faces.partial.event", "change"));
    form = FacesForm.of(admin.browser(), page, "add").set("add:newName", name);
    form.set("add:newKind_input", kind);
    extra.forEach(form::set);
    WebResponse added = form.press("add:add");
    assertEquals(200, added.status(), added::toString);
    long id =
        tenant.count(
            "SELECT id FROM custom_field WHERE entity = '"
                + entity
                + "' AND name = '"
                + name
                + "'");
    assertTrue(id > 0, added::toString);
    return id;
  }

  private static int index(long fieldId) {
    return (int)
        tenant.count(
            "SELECT COUNT(*) FROM custom_field WHERE entity = 'contact' AND archived = FALSE AND"
                + " position < (SELECT position FROM custom_field WHERE id = "
                + fieldId
                + ")");
  }

  private static String input(long fieldId, String kind) {
    return "form:cf:" + index(fieldId) + ":" + kind;
  }

  private static long option(long fieldId, String name) {
    return tenant.count(
        "SELECT id FROM custom_field_option WHERE field_id = "
            + fieldId
            + " AND name = '"
            + name
            + "'");
  }

  @Test
  void listValuesAreKeptAndTheFieldsPageShowsEveryField() {
    assertEquals(
        2, tenant.count("SELECT COUNT(*) FROM custom_field_option WHERE field_id = " + channel));
    Document page = Jsoup.parse(tenant.as(tenant.admin()).get("/app/custom-fields.xhtml").body());
    String text = page.text();
    for (String name : new String[] {"Бюджет", "Канал", "Интересы", "Договор до", "Постоянный"}) {
      assertTrue(page.select("input[value=" + name + "]").size() == 1, name);
    }
    assertTrue(text.contains("Link to a record → Companies"), text);
    assertEquals(
        "company",
        tenant.count(
                    "SELECT COUNT(*) FROM custom_field WHERE id = "
                        + partner
                        + " AND link_entity = 'company'")
                == 1
            ? "company"
            : "");
    assertEquals(403, tenant.as(tenant.manager1()).get("/app/custom-fields.xhtml").status());
  }

  @Test
  void valuesAreEditedShownListedExportedAndRecordedInHistory() {
    CrmClient admin = tenant.as(tenant.admin());
    WebResponse editor = admin.get("/app/contact-edit.xhtml");
    WebResponse card =
        FacesForm.of(admin.browser(), editor, "form")
            .set("form:lastName", "Полевой")
            .set("form:firstName", "Иван")
            .set(input(budget, "vNumber"), "150 000,5")
            .set(input(channel, "vList_input"), String.valueOf(option(channel, "Почта")))
            .set(input(interests, "vMulti"), String.valueOf(option(interests, "Опт")))
            .set(input(until, "vDate"), "31.12.2027")
            .set(input(regular, "vCheck_input"), "on")
            .set(input(partner, "vLink_hinput"), String.valueOf(partnerCompany))
            .press("form:save");
    assertEquals("/app/contact.xhtml", card.path(), card::toString);
    long id = CrmClient.cardId(card);
    Document doc = Jsoup.parse(card.body());
    String values = doc.select("dd.custom-value").text();
    for (String v :
        new String[] {"150000.50", "Почта", "Опт", "31.12.2027", "Yes", "ООО «Партнёр»"}) {
      assertTrue(values.contains(v), v + " in " + values);
    }
    assertEquals(
        6,
        tenant.count(
            "SELECT COUNT(*) FROM custom_value WHERE record_id = "
                + id
                + " AND field_id IN (SELECT id FROM custom_field WHERE entity = 'contact')"));

    // The list shows the budget column; the export has every field.
    Document list = Jsoup.parse(admin.get("/app/contacts.xhtml").body());
    assertTrue(list.select("th").text().contains("Бюджет"), "budget column");
    assertTrue(list.select("td").text().contains("150000.50"), list.select("table").text());
    String csv = admin.export("").body();
    String header = csv.lines().findFirst().orElse("");
    assertTrue(
        header.endsWith("Бюджет;Канал;Интересы;Договор до;Постоянный;Компания-партнёр"), header);
    assertTrue(csv.contains("150000.50;Почта;Опт;31.12.2027;✓;ООО «Партнёр»"), csv);

    // A change shows in history under the field's name, old → new.
    WebResponse edit = admin.get("/app/contact-edit.xhtml?id=" + id);
    assertEquals(
        "150000.50",
        Jsoup.parse(edit.body()).select("input[name=" + input(budget, "vNumber") + "]").val());
    WebResponse changed =
        FacesForm.of(admin.browser(), edit, "form")
            .set(input(budget, "vNumber"), "200000")
            .press("form:save");
    assertEquals("/app/contact.xhtml", changed.path(), changed::toString);
    String history = Jsoup.parse(changed.body()).select("ul.history").text();
    assertTrue(history.contains("Бюджет: 150000.50 → 200000.00"), history);
  }

  @Test
  void badValuesAreRefusedNextToTheirFieldsAndNothingIsSaved() {
    CrmClient admin = tenant.as(tenant.admin());
    long before = tenant.count("SELECT COUNT(*) FROM contact");
    WebResponse refused =
        FacesForm.of(admin.browser(), admin.get("/app/contact-edit.xhtml"), "form")
            .set("form:lastName", "Ошибочный")
            .set(input(budget, "vNumber"), "много")
            .set(input(until, "vDate"), "31.02.2026")
            .press("form:save");
    assertEquals("/app/contact-edit.xhtml", refused.path(), refused::toString);
    String messages = CrmClient.messages(refused);
    assertTrue(messages.contains("Бюджет: enter a number"), messages);
    assertTrue(messages.contains("Договор до: there is no such date"), messages);
    assertTrue(
        refused.body().contains("target:\"" + input(budget, "vNumber") + "\""),
        "the message stands next to the budget");
    assertEquals(before, tenant.count("SELECT COUNT(*) FROM contact"));
  }

  @Test
  void aManagerCannotLinkARecordSheMayNotSee() {
    CrmClient m1 = tenant.as(tenant.manager1());
    WebResponse refused =
        FacesForm.of(m1.browser(), m1.get("/app/contact-edit.xhtml"), "form")
            .set("form:lastName", "Чужая-ссылка")
            .set(input(partner, "vLink_hinput"), String.valueOf(partnerCompany))
            .press("form:save");
    assertTrue(
        CrmClient.messages(refused)
            .contains("Компания-партнёр: no such record, or you may not see it"),
        refused::toString);
  }

  @Test
  void listsAndExportsFilterOnCustomFields() {
    String a =
        create(
            "Фильтров-А", "\"custom-" + budget + "\":50000,\"custom-" + channel + "\":\"Звонок\"");
    String b =
        create(
            "Фильтров-Б", "\"custom-" + budget + "\":\"250 000\",\"custom-" + regular + "\":true");
    String c = create("Фильтров-В", "\"custom-" + interests + "\":[\"Розница\",\"Опт\"]");
    CrmClient admin = tenant.as(tenant.admin());
    WebResponse list = admin.get("/app/contacts.xhtml");
    int budgetRow = index(budget);
    WebResponse filtered =
        FacesForm.of(admin.browser(), list, "list")
            .set("list:f-name", "Фильтров")
            .set("list:cff:" + budgetRow + ":from", "100 000")
            .press("list:apply");
    String table = Jsoup.parse(filtered.body()).select("#list\\:table").text();
    assertTrue(
        table.contains("Фильтров-Б")
            && !table.contains("Фильтров-А")
            && !table.contains("Фильтров-В"),
        table);

    // The same filter from an address (a link or a bookmark).
    String linked =
        Jsoup.parse(
                admin
                    .get(
                        "/app/contacts.xhtml?q=%D0%A4%D0%B8%D0%BB%D1%8C%D1%82%D1%80%D0%BE%D0%B2&cf"
                            + budget
                            + ".from=100000")
                    .body())
            .select("#list\\:table")
            .text();
    assertTrue(linked.contains("Фильтров-Б") && !linked.contains("Фильтров-А"), linked);

    String p = "name=Фильтров&cf";
    assertEquals(
        Set2.of("Фильтров-А"),
        names(admin.export(p + channel + ".opt=" + option(channel, "Звонок")).body()));
    assertEquals(Set2.of("Фильтров-Б"), names(admin.export(p + regular + ".has=set").body()));
    assertEquals(
        Set2.of("Фильтров-А", "Фильтров-Б"),
        names(admin.export(p + interests + ".has=empty").body()));
    assertEquals(
        Set2.of("Фильтров-В"),
        names(admin.export(p + interests + ".opt=" + option(interests, "Опт")).body()));
    assertEquals(Set2.of("Фильтров-А"), names(admin.export(p + budget + ".to=60000").body()));
    assertEquals(400, admin.export(p + channel + ".opt=abc").status());
    assertFalse(a.equals(b) || b.equals(c));
  }

  /** The last names of an export's rows. */
  private static java.util.Set<String> names(String csv) {
    return csv.lines()
        .skip(1)
        .map(l -> l.split(";")[1])
        .collect(java.util.stream.Collectors.toSet());
  }

  /** Small set literal helper. */
  private static final class Set2 {
    static java.util.Set<String> of(String... s) {
      return java.util.Set.of(s);
    }
  }

  private static String create(String lastName, String customs) {
    WebResponse created =
        CrmClient.api(
            tenant.slug(),
            token,
            "POST",
            "/contacts",
            "{\"data\":{\"type\":\"contacts\",\"attributes\":{\"last-name\":\""
                + lastName
                + "\",\"customs\":{"
                + customs
                + "}}}}",
            null);
    assertEquals(201, created.status(), created::toString);
    Matcher m = Pattern.compile("\"id\":\"(\\d+)\"").matcher(created.body());
    assertTrue(m.find());
    return m.group(1);
  }

  @Test
  void theApiReadsAndWritesCustomsAsTheModelledCrmDoes() {
    String id =
        create(
            "Апишный",
            "\"custom-"
                + budget
                + "\":1234.5,\"custom-"
                + interests
                + "\":[\"Опт\"],\"custom-"
                + until
                + "\":\"2027-03-01\"");
    WebResponse read = CrmClient.api(tenant.slug(), token, "/contacts/" + id);
    String body = read.body();
    assertTrue(body.contains("\"custom-" + budget + "\":1234.50"), body);
    assertTrue(body.contains("\"custom-" + interests + "\":[\"Опт\"]"), body);
    assertTrue(body.contains("\"custom-" + until + "\":\"2027-03-01\""), body);
    assertTrue(body.contains("\"custom-" + channel + "\":null"), body);
    assertTrue(body.contains("\"custom-" + regular + "\":false"), body);

    // PATCH changes only what is sent.
    WebResponse patched =
        CrmClient.api(
            tenant.slug(),
            token,
            "PATCH",
            "/contacts/" + id,
            "{\"data\":{\"type\":\"contacts\",\"id\":\""
                + id
                + "\",\"attributes\":{\"customs\":{\"custom-"
                + channel
                + "\":\"Почта\",\"custom-"
                + until
                + "\":null}}}}",
            null);
    assertEquals(200, patched.status(), patched::toString);
    assertTrue(patched.body().contains("\"custom-" + channel + "\":\"Почта\""), patched::toString);
    assertTrue(patched.body().contains("\"custom-" + budget + "\":1234.50"), patched::toString);
    assertTrue(patched.body().contains("\"custom-" + until + "\":null"), patched::toString);

    WebResponse unknown =
        CrmClient.api(
            tenant.slug(),
            token,
            "PATCH",
            "/contacts/" + id,
            "{\"data\":{\"type\":\"contacts\",\"attributes\":{\"customs\":{\"custom-999999\":1}}}}",
            null);
    assertEquals(400, unknown.status(), unknown::toString);
    WebResponse bad =
        CrmClient.api(
            tenant.slug(),
            token,
            "PATCH",
            "/contacts/" + id,
            "{\"data\":{\"type\":\"contacts\",\"attributes\":{\"customs\":{\"custom-"
                + channel
                + "\":\"Факс\"}}}}",
            null);
    assertEquals(422, bad.status(), bad::toString);
    assertTrue(bad.body().contains("/data/attributes/customs/custom-" + channel), bad::toString);

    WebResponse fields =
        CrmClient.api(tenant.slug(), token, "/custom-fields?filter[resource-type]=contacts");
    assertEquals(200, fields.status(), fields::toString);
    assertTrue(
        fields.body().contains("\"select-options\":[\"Звонок\",\"Почта\"]"), fields::toString);
  }

  @Test
  void aRequiredFieldIsAskedForUntilItIsArchived() {
    CrmClient admin = tenant.as(tenant.admin());
    long code =
        addField(admin, "company", "Код клиента", "TEXT", Map.of("add:newRequired_input", "on"));
    WebResponse refused =
        FacesForm.of(admin.browser(), admin.get("/app/company-edit.xhtml"), "form")
            .set("form:name", "ООО «Без кода»")
            .press("form:save");
    assertTrue(
        CrmClient.messages(refused).contains("Код клиента: fill this in"), refused::toString);

    WebResponse page = admin.get("/app/custom-fields.xhtml?entity=company");
    Map<String, String> none = new LinkedHashMap<>();
    WebResponse archived =
        FacesForm.of(admin.browser(), page, "fields").press("fields:rows:0:archive");
    assertEquals(200, archived.status(), archived::toString);
    assertEquals(
        1,
        tenant.count(
            "SELECT COUNT(*) FROM custom_field WHERE id = " + code + " AND archived = TRUE"));
    WebResponse saved =
        FacesForm.of(admin.browser(), admin.get("/app/company-edit.xhtml"), "form")
            .set("form:name", "ООО «Без кода»")
            .press("form:save");
    assertEquals("/app/company.xhtml", saved.path(), saved::toString);
    assertTrue(none.isEmpty());
  }
}
