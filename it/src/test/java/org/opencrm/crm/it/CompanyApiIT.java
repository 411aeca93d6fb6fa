package org.opencrm.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.it.support.CrmAppTestBase;
import org.opencrm.crm.it.support.CrmClient;
import org.opencrm.crm.it.support.Fixtures;
import org.opencrm.crm.it.support.Fixtures.TestTenant;
import org.opencrm.crm.it.support.HttpBrowser;
import org.opencrm.crm.it.support.TestEnvironment;
import org.opencrm.crm.it.support.WebResponse;

/** {@code /api/v1/companies}: the modelled shape, requisite checks as 422s, paging, isolation. */
class CompanyApiIT extends CrmAppTestBase {

  private static final String SBER =
      """
      {"data":{"type":"companies","attributes":{
        "name":"Сбер","inn":"7707083893","kpp":"773601001","ogrn":"1027700132195",
        "work-phone":"8 (495) 500-55-50","email":"Info@Sber.example",
        "bank-details":[{"bik":"044525225","settlement-account":"40702810938000000001",
                         "correspondent-account":"30101810400000000225","bank-name":"ПАО Сбербанк"}]}}}
      """;

  private static TestTenant a;
  private static TestTenant b;
  private static String token;

  @BeforeAll
  static void tenants() {
    a = Fixtures.tenant("capi-a");
    b = Fixtures.tenant("capi-b");
    token = a.apiToken("companies", false);
  }

  private static WebResponse send(String method, String path, String json, String ifMatch) {
    return CrmClient.api(a.slug(), token, method, path, json, ifMatch);
  }

  private static String idOf(WebResponse created) {
    Matcher m = Pattern.compile("\"id\":\"(\\d+)\",\"type\":\"companies\"").matcher(created.body());
    assertTrue(m.find(), created::toString);
    return m.group(1);
  }

  @Test
  void createReadFilterChangeAndDelete() {
    WebResponse created = send("POST", "/companies", SBER, null);
    assertEquals(201, created.status(), created::toString);
    String id = idOf(created);
    assertTrue(created.body().contains("\"inn\":\"7707083893\""));
    assertTrue(created.body().contains("\"work-phone\":\"+74955005550\""));
    assertTrue(created.body().contains("\"email\":\"info@sber.example\""));
    assertTrue(created.body().contains("\"settlement-account\":\"40702810938000000001\""));

    WebResponse byInn = CrmClient.api(a.slug(), token, "/companies?filter%5Binn%5D=7707083893");
    assertTrue(byInn.body().contains("\"record-count\":1"), byInn::toString);
    WebResponse byPhone =
        CrmClient.api(
            a.slug(),
            token,
            "/companies?filter%5Bany_phone%5D="
                + URLEncoder.encode("+7 495 500 5550", StandardCharsets.UTF_8));
    assertTrue(byPhone.body().contains("\"record-count\":1"), byPhone::toString);
    renameAndFind(id);

    WebResponse one = CrmClient.api(a.slug(), token, "/companies/" + id);
    String etag = one.header("ETag").orElseThrow();
    WebResponse changed =
        send(
            "PATCH",
            "/companies/" + id,
            "{\"data\":{\"type\":\"companies\",\"id\":\""
                + id
                + "\",\"attributes\":{\"kpp\":\"773601002\"}}}",
            etag);
    assertEquals(200, changed.status(), changed::toString);
    assertTrue(changed.body().contains("\"kpp\":\"773601002\""));
    assertTrue(changed.body().contains("\"inn\":\"7707083893\""), "what was not sent stays");
    WebResponse stale =
        send(
            "PATCH",
            "/companies/" + id,
            "{\"data\":{\"type\":\"companies\",\"attributes\":{\"name\":\"Старое\"}}}",
            etag);
    assertEquals(409, stale.status(), stale::toString);

    assertEquals(204, send("DELETE", "/companies/" + id, "", null).status());
    assertEquals(404, CrmClient.api(a.slug(), token, "/companies/" + id).status());
  }

  /** Renames the company to «ПАО «Сбербанк»» and finds it by its name without the legal form. */
  private static void renameAndFind(String id) {
    WebResponse renamed =
        send(
            "PATCH",
            "/companies/" + id,
            "{\"data\":{\"type\":\"companies\",\"attributes\":{\"name\":\"ПАО «Сбербанк»\"}}}",
            null);
    assertEquals(200, renamed.status(), renamed::toString);
    for (String term : new String[] {"Сбербанк", "«Сбер", "пао сбер"}) {
      WebResponse found =
          CrmClient.api(
              a.slug(),
              token,
              "/companies?filter%5Bname%5D=" + URLEncoder.encode(term, StandardCharsets.UTF_8));
      assertTrue(found.body().contains("\"record-count\":1"), term + ": " + found);
    }
  }

  @Test
  void wrongNumbersAndUnknownAttributesAreRefusedWithPointers() {
    long before = a.count("SELECT COUNT(*) FROM company");
    WebResponse badInn = send("POST", "/companies", SBER.replace("7707083893", "7707083894"), null);
    assertEquals(422, badInn.status(), badInn::toString);
    assertTrue(badInn.body().contains("\"pointer\":\"/data/attributes/inn\""), badInn.body());
    assertTrue(badInn.body().contains("check digits"), badInn.body());

    WebResponse badAccount =
        send(
            "POST",
            "/companies",
            SBER.replace("40702810938000000001", "40702810938000000002"),
            null);
    assertEquals(422, badAccount.status(), badAccount::toString);
    assertTrue(
        badAccount.body().contains("/data/attributes/bank-details/0/settlement-account"),
        badAccount.body());

    WebResponse unknown =
        send(
            "POST",
            "/companies",
            "{\"data\":{\"type\":\"companies\",\"attributes\":{\"nmae\":\"X\"}}}",
            null);
    assertEquals(400, unknown.status(), unknown::toString);
    WebResponse wrongType =
        send(
            "POST",
            "/companies",
            "{\"data\":{\"type\":\"contacts\",\"attributes\":{\"name\":\"X\"}}}",
            null);
    assertEquals(400, wrongType.status(), wrongType::toString);
    WebResponse notArray =
        send(
            "POST",
            "/companies",
            "{\"data\":{\"type\":\"companies\",\"attributes\":{\"name\":\"X\",\"bank-details\":\"no\"}}}",
            null);
    assertEquals(400, notArray.status(), notArray::toString);
    WebResponse broken = send("POST", "/companies", "{\"data\":", null);
    assertEquals(400, broken.status(), broken::toString);
    assertEquals(before, a.count("SELECT COUNT(*) FROM company"), "nothing written");
  }

  @Test
  void anotherTenantsCompanyIsNotFound() {
    WebResponse created = send("POST", "/companies", SBER.replace("Сбер", "Чужая"), null);
    String id = idOf(created);
    String otherToken = b.apiToken("other", false);
    assertEquals(404, CrmClient.api(b.slug(), otherToken, "/companies/" + id).status());
    WebResponse list = CrmClient.api(b.slug(), otherToken, "/companies");
    assertFalse(list.body().contains("Чужая"), list::toString);
  }

  @Test
  void theOpenApiDocumentDescribesEveryCompanyAttribute() {
    WebResponse doc = new HttpBrowser().get(TestEnvironment.appUrl("/api/v1/openapi.json"));
    WebResponse created = send("POST", "/companies", SBER.replace("Сбер", "Описанная"), null);
    Matcher attributes =
        Pattern.compile("\"attributes\":\\{(.*?)\\},\"relationships\"").matcher(created.body());
    assertTrue(attributes.find(), created.body());
    Pattern.compile("\"([a-z-]+)\":\\s*[\"\\[{]")
        .matcher(attributes.group(1).replaceAll("\\[\\{[^]]*]", "[]"))
        .results()
        .map(m -> m.group(1))
        .forEach(
            name ->
                assertTrue(doc.body().contains("\"" + name + "\": {"), name + " is not described"));
    for (String path : new String[] {"/companies", "/companies/{id}", "/companies/{id}/contacts"}) {
      assertTrue(doc.body().contains("\"" + path + "\": {"), path);
    }
  }
}
