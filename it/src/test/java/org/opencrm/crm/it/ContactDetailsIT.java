package org.opencrm.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.it.support.CrmAppTestBase;
import org.opencrm.crm.it.support.CrmClient;
import org.opencrm.crm.it.support.Fixtures;
import org.opencrm.crm.it.support.Fixtures.TestTenant;
import org.opencrm.crm.it.support.WebResponse;

/**
 * A contact's messengers, position, birthday and address: entered in the editor, shown on the card
 * and in history, read and written through the API under the modelled attribute names, bad dates
 * refused.
 */
class ContactDetailsIT extends CrmAppTestBase {

  private static TestTenant tenant;

  @BeforeAll
  static void createTenant() {
    tenant = Fixtures.tenant("details");
  }

  @Test
  void detailsAreEnteredShownAndKeptInHistory() {
    CrmClient admin = tenant.as(tenant.admin());
    WebResponse card =
        admin.createContact(
            Map.of(
                "form:lastName", "Орлова",
                "form:firstName", "Мария",
                "form:messengers:0:handle", "@orlova_m",
                "form:jobTitle", "Главный бухгалтер",
                "form:birthday", "14.02.1985",
                "form:address", "г. Казань, ул. Баумана, 5"));
    Document doc = Jsoup.parse(card.body());
    assertTrue(doc.select("#f-messengers").text().contains("@orlova_m"), card::toString);
    assertTrue(doc.select("#f-messengers").text().contains("Telegram"));
    assertEquals("Главный бухгалтер", doc.select("#f-jobTitle").text());
    assertTrue(doc.select("#f-birthday").text().contains("1985"), doc.select("#f-birthday")::text);
    assertEquals("г. Казань, ул. Баумана, 5", doc.select("#f-address").text());
    assertTrue(doc.select("ul.history").text().contains("@orlova_m"));

    long before = tenant.count("SELECT COUNT(*) FROM contact");
    WebResponse future =
        admin.createContact(Map.of("form:lastName", "Будущий", "form:birthday", "01.01.2999"));
    assertTrue(CrmClient.messages(future).contains("between 1900 and today"), future::toString);
    assertEquals(before, tenant.count("SELECT COUNT(*) FROM contact"), "nothing saved");
    WebResponse impossible =
        admin.createContact(Map.of("form:lastName", "Февральская", "form:birthday", "31.02.1990"));
    assertTrue(CrmClient.messages(impossible).contains("No such date"), impossible::toString);
    assertEquals(before, tenant.count("SELECT COUNT(*) FROM contact"), "never moved to 28.02");
  }

  @Test
  void aNewContactWithAKnownPhoneIsFlaggedWithoutRevealingWhatTheUserMayNotSee() {
    CrmClient admin = tenant.as(tenant.admin());
    admin.createContact(
        Map.of(
            "form:lastName", "Известная",
            "form:phones:0:number", "+7 916 555-44-33",
            "form:emails:0:address", "izv@example.ru"));
    CrmClient manager = tenant.as(tenant.manager1());
    long before = tenant.count("SELECT COUNT(*) FROM contact");
    WebResponse flagged =
        manager.createContact(
            Map.of("form:lastName", "Новая", "form:phones:0:number", "8 916 555 44 33"));
    Document doc = Jsoup.parse(flagged.body());
    assertTrue(doc.select(".lookalike-hidden").size() == 1, flagged::toString);
    assertTrue(doc.select(".lookalike-link").isEmpty());
    assertTrue(!doc.text().contains("Известная"), "the name stays hidden");
    assertEquals(before, tenant.count("SELECT COUNT(*) FROM contact"), "not saved yet");
    WebResponse saved =
        org.opencrm.crm.it.support.FacesForm.of(manager.browser(), flagged, "form")
            .press("form:saveAnyway");
    assertEquals("/app/contact.xhtml", saved.path(), saved::toString);

    WebResponse seen =
        admin.createContact(
            Map.of("form:lastName", "Другая", "form:emails:0:address", "IZV@example.ru"));
    assertTrue(
        Jsoup.parse(seen.body()).select(".lookalike-link").text().contains("Известная"),
        seen::toString);
  }

  @Test
  void theApiReadsAndWritesThemUnderTheModelledNames() {
    String token = tenant.apiToken("details", false);
    WebResponse created =
        CrmClient.api(
            tenant.slug(),
            token,
            "POST",
            "/contacts",
            """
            {"data":{"type":"contacts","attributes":{"last-name":"Сидоров","position":"Директор",
              "birthday":"1979-03-08","telegram":"@sidorov","whatsapp":"+7 912 000-00-01",
              "address":"г. Тверь"}}}
            """,
            null);
    assertEquals(201, created.status(), created::toString);
    for (String part :
        new String[] {
          "\"position\":\"Директор\"",
          "\"birthday\":\"1979-03-08\"",
          "\"telegram\":\"@sidorov\"",
          "\"whatsapp\":\"+7 912 000-00-01\"",
          "\"address\":\"г. Тверь\""
        }) {
      assertTrue(created.body().contains(part), part + " in " + created.body());
    }
    WebResponse badDate =
        CrmClient.api(
            tenant.slug(),
            token,
            "POST",
            "/contacts",
            "{\"data\":{\"type\":\"contacts\",\"attributes\":{\"last-name\":\"X\",\"birthday\":\"08.03.1979\"}}}",
            null);
    assertEquals(400, badDate.status(), badDate::toString);
    assertTrue(badDate.body().contains("YYYY-MM-DD"), badDate::toString);
    WebResponse future =
        CrmClient.api(
            tenant.slug(),
            token,
            "POST",
            "/contacts",
            "{\"data\":{\"type\":\"contacts\",\"attributes\":{\"last-name\":\"X\",\"birthday\":\"2999-01-01\"}}}",
            null);
    assertEquals(422, future.status(), future::toString);
    assertTrue(future.body().contains("/data/attributes/birthday"), future::toString);
  }
}
