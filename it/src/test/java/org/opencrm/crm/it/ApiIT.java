package org.opencrm.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
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
 * The REST API with tokens: issued by an administrator and shown once, the tenant taken from the
 * token, JSON:API documents and error objects, read-only tokens, revocation and the plan's rate.
 */
class ApiIT extends CrmAppTestBase {

  private static TestTenant a;
  private static TestTenant b;
  private static List<Long> idsOfB;

  @BeforeAll
  static void tenants() {
    a = Fixtures.tenant("api-a");
    b = Fixtures.tenant("api-b");
    a.contacts(a.admin(), "ApiAlpha", 3);
    idsOfB = b.contacts(b.admin(), "ApiBravo", 8);
  }

  private static int count(String json, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(json);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void listsAndFindsContactsInTheModelledShape() {
    String token = a.apiToken("integration", false);
    WebResponse list = CrmClient.api(a.slug(), token, "/contacts");
    assertEquals(200, list.status(), list::toString);
    assertTrue(list.header("Content-Type").orElse("").startsWith("application/vnd.api+json"));
    assertEquals(3, count(list.body(), "\"type\":\"contacts\""), list.body());
    assertTrue(list.body().contains("\"first-name\":\"Test\""));
    assertTrue(list.body().contains("\"last-name\":\"ApiAlpha-0\""));
    assertTrue(list.body().contains("\"responsible\":{\"data\":{\"type\":\"users\""));
    assertTrue(list.body().contains("\"record-count\":3"));
    assertFalse(list.body().contains("ApiBravo"));

    String phone =
        Pattern.compile("\"general-phone\":\"(\\+7\\d{10})\"")
            .matcher(list.body())
            .results()
            .findFirst()
            .orElseThrow()
            .group(1);
    String typed =
        "8 (" + phone.substring(2, 5) + ") " + phone.substring(5, 8) + "-" + phone.substring(8);
    for (String key : List.of("filter[any_phone]", "filter[any-phone]", "filter[general-phone]")) {
      WebResponse found =
          CrmClient.api(a.slug(), token, "/contacts?" + enc(key) + "=" + enc(typed));
      assertEquals(200, found.status(), found::toString);
      assertEquals(1, count(found.body(), "\"type\":\"contacts\""), key + " " + found.body());
    }
    WebResponse paged =
        CrmClient.api(
            a.slug(), token, "/contacts?page%5Bnumber%5D=2&page%5Bsize%5D=2&sort=-last-name");
    assertEquals(1, count(paged.body(), "\"type\":\"contacts\""), paged.body());
    assertTrue(paged.body().contains("ApiAlpha-0"), "descending: the last one on page two");
    assertTrue(paged.body().contains("\"page-count\":2"));

    WebResponse included = CrmClient.api(a.slug(), token, "/contacts?include=responsible");
    assertTrue(included.body().contains("\"included\":[{\"id\""), included.body());
    assertTrue(included.body().contains("\"email\":\"" + a.admin() + "\""), included.body());
    String id =
        Pattern.compile("\"id\":\"(\\d+)\",\"type\":\"contacts\"")
            .matcher(list.body())
            .results()
            .findFirst()
            .orElseThrow()
            .group(1);
    WebResponse related = CrmClient.api(a.slug(), token, "/contacts/" + id + "/responsible");
    assertEquals(200, related.status(), related::toString);
    assertTrue(related.body().contains("\"type\":\"users\""));
    assertEquals(
        200,
        CrmClient.api(a.slug(), token, "/contacts/" + id + "/relationships/responsible").status());
    assertEquals(400, CrmClient.api(a.slug(), token, "/contacts?include=company").status());
  }

  @Test
  void otherTenantsRecordsAndAddressesGiveNothing() {
    String token = a.apiToken("isolation", true);
    long foreign = idsOfB.get(idsOfB.size() - 1);
    WebResponse byId = CrmClient.api(a.slug(), token, "/contacts/" + foreign);
    assertEquals(404, byId.status(), byId::toString);
    assertTrue(byId.body().contains("\"errors\":[{\"status\":\"404\""), byId.body());
    assertFalse(byId.body().contains("ApiBravo"));

    WebResponse otherHost = CrmClient.api(b.slug(), token, "/contacts");
    assertEquals(401, otherHost.status(), otherHost::toString);
    assertFalse(otherHost.body().contains("ApiBravo"));
    assertEquals(401, CrmClient.api(a.slug(), null, "/contacts").status());
    assertEquals(401, CrmClient.api(a.slug(), "crm_" + "x".repeat(60), "/contacts").status());
  }

  @Test
  void badParametersGetJsonApiErrors() {
    String token = a.apiToken("errors", true);
    WebResponse filter = CrmClient.api(a.slug(), token, "/contacts?filter%5Bshoe-size%5D=42");
    assertEquals(400, filter.status());
    assertTrue(filter.body().contains("\"code\":\"102\""), filter.body());
    assertTrue(filter.body().contains("shoe_size is not allowed"), filter.body());
    WebResponse param = CrmClient.api(a.slug(), token, "/contacts?fields=x");
    assertEquals(400, param.status());
    assertTrue(param.body().contains("\"code\":\"105\""), param.body());
    assertEquals(400, CrmClient.api(a.slug(), token, "/contacts?page%5Bsize%5D=1000").status());
    assertEquals(400, CrmClient.api(a.slug(), token, "/contacts?page%5Bnumber%5D=abc").status());
    assertEquals(400, CrmClient.api(a.slug(), token, "/contacts?sort=shoe-size").status());
    assertEquals(404, CrmClient.api(a.slug(), token, "/contacts/abc").status());
    assertEquals(404, CrmClient.api(a.slug(), token, "/no-such-resource").status());
  }

  @Test
  void readOnlyTokensCannotWriteAndRevokedTokensStop() {
    String reader = a.apiToken("reader", true);
    WebResponse write =
        new HttpBrowser()
            .header("Authorization", "Bearer " + reader)
            .postJson(
                TestEnvironment.tenantUrl(a.slug(), "/api/v1/contacts"),
                "{\"data\":{\"type\":\"contacts\",\"attributes\":{\"last-name\":\"X\"}}}");
    assertEquals(403, write.status(), write::toString);
    assertTrue(write.body().contains("may only read"));

    CrmClient admin = a.as(a.admin());
    WebResponse page = admin.get("/app/api-tokens.xhtml");
    String revoke =
        Jsoup.parse(page.body()).select("button[id$=':revoke']").stream()
            .filter(btn -> btn.parents().select("tr").text().contains("reader"))
            .findFirst()
            .orElseThrow()
            .attr("name");
    FacesForm.of(admin.browser(), page, "tokens").press(revoke);
    assertEquals(401, CrmClient.api(a.slug(), reader, "/contacts").status());
  }

  private static WebResponse send(
      String token, String method, String path, String json, String ifMatch) {
    return CrmClient.api(a.slug(), token, method, path, json, ifMatch);
  }

  @Test
  void createChangeAndDeleteWithClearErrors() {
    String token = a.apiToken("writer", false);
    WebResponse created =
        send(
            token,
            "POST",
            "/contacts",
            "{\"data\":{\"type\":\"contacts\",\"attributes\":{\"last-name\":\"Апи\","
                + "\"first-name\":\"Клиент\",\"general-phone\":\"8 (916) 555-44-33\","
                + "\"email\":\"Api@Example.ru\"}}}",
            null);
    assertEquals(201, created.status(), created::toString);
    String location = created.header("Location").orElseThrow();
    String path = location.substring(location.indexOf("/contacts"));
    assertTrue(created.body().contains("\"general-phone\":\"+79165554433\""), created.body());
    assertTrue(created.body().contains("\"email\":\"api@example.ru\""));
    String etag = created.header("ETag").orElseThrow();

    WebResponse changed =
        send(
            token,
            "PATCH",
            path,
            "{\"data\":{\"type\":\"contacts\",\"attributes\":{\"first-name\":\"Новое\"}}}",
            etag);
    assertEquals(200, changed.status(), changed::toString);
    assertTrue(changed.body().contains("\"first-name\":\"Новое\""));
    assertTrue(changed.body().contains("\"general-phone\":\"+79165554433\""), "others kept");
    WebResponse stale =
        send(
            token,
            "PATCH",
            path,
            "{\"data\":{\"type\":\"contacts\",\"attributes\":{\"first-name\":\"Старое\"}}}",
            etag);
    assertEquals(409, stale.status(), stale::toString);
    assertTrue(stale.body().contains("\"code\":\"409\""));

    Map<String, Integer> refused =
        Map.of(
            "{not json", 400,
            "{\"data\":{\"type\":\"contacts\",\"attributes\":{\"shoe-size\":\"42\"}}}", 400,
            "{\"data\":{\"type\":\"contacts\",\"attributes\":{\"last-name\":42}}}", 400,
            "{\"data\":{\"type\":\"deals\",\"attributes\":{\"last-name\":\"X\"}}}", 400,
            "{\"data\":{\"type\":\"contacts\",\"attributes\":{\"created-at\":\"2020\"}}}", 400,
            "{\"data\":{\"type\":\"contacts\",\"attributes\":{\"first-name\":\"\"}}}", 422,
            "{\"data\":{\"type\":\"contacts\",\"attributes\":{\"last-name\":\"X\",\"general-phone\":\"call me\"}}}",
                422);
    refused.forEach(
        (body, status) -> {
          WebResponse answer = send(token, "POST", "/contacts", body, null);
          assertEquals(status, answer.status(), body + " -> " + answer);
          assertTrue(answer.body().startsWith("{\"errors\":["), answer.body());
        });
    WebResponse pointer =
        send(
            token,
            "POST",
            "/contacts",
            "{\"data\":{\"type\":\"contacts\",\"attributes\":{\"last-name\":\"X\",\"general-phone\":\"call me\"}}}",
            null);
    assertTrue(pointer.body().contains("/data/attributes/general-phone"), pointer.body());

    assertEquals(204, send(token, "DELETE", path, "", null).status());
    assertEquals(
        404,
        CrmClient.api(a.slug(), token, path).status(),
        "deleted contacts are gone from the API");
  }

  /**
   * Keeps the published description true: it is served without a token, every attribute the API
   * returns is described, and every path and method it names answers (no 404 or 405).
   */
  @Test
  void openApiDocumentMatchesTheApi() {
    WebResponse doc = new HttpBrowser().get(TestEnvironment.appUrl("/api/v1/openapi.json"));
    assertEquals(200, doc.status(), doc::toString);
    String token = a.apiToken("openapi", false);
    String sample = CrmClient.api(a.slug(), token, "/contacts?page%5Bsize%5D=1").body();
    Matcher attributes =
        Pattern.compile("\"attributes\":\\{(.*?)\\},\"relationships\"").matcher(sample);
    assertTrue(attributes.find(), sample);
    Pattern.compile("\"([a-z-]+)\":")
        .matcher(attributes.group(1))
        .results()
        .map(m -> m.group(1))
        .forEach(
            name ->
                assertTrue(doc.body().contains("\"" + name + "\": {"), name + " is not described"));
    String id =
        Pattern.compile("\"id\":\"(\\d+)\"")
            .matcher(sample)
            .results()
            .findFirst()
            .orElseThrow()
            .group(1);
    Matcher paths = Pattern.compile("\"(/contacts[^\"]*)\": \\{").matcher(doc.body());
    int checked = 0;
    while (paths.find()) {
      String path = paths.group(1).replace("{id}", id);
      for (String method : List.of("GET", "POST", "PATCH", "DELETE")) {
        String block = doc.body().substring(paths.start());
        int next = block.indexOf("\n    \"/", 1);
        String own = next < 0 ? block : block.substring(0, next);
        if (!own.contains("\"" + method.toLowerCase() + "\": {")) {
          continue;
        }
        if (method.equals("DELETE")) {
          continue; // answered above; deleting here would change the sample
        }
        WebResponse answer =
            send(
                token,
                method,
                path,
                method.equals("GET") ? "" : "{\"data\":{\"type\":\"contacts\",\"attributes\":{}}}",
                null);
        assertTrue(
            answer.status() != 404 && answer.status() != 405,
            method + " " + path + " -> " + answer);
        checked++;
      }
    }
    assertTrue(checked >= 4, "checked " + checked);
  }

  @Test
  void racesPhonesIdsAndLimitsAreAnsweredCleanly() throws Exception {
    String token = a.apiToken("edge", false);
    WebResponse both =
        send(
            token,
            "POST",
            "/contacts",
            "{\"data\":{\"type\":\"contacts\",\"attributes\":{\"last-name\":\"Два\","
                + "\"general-phone\":\"+79110000001\",\"mobile-phone\":\"+79110000002\","
                + "\"other-email\":\"other@example.ru\"}}}",
            null);
    assertEquals(201, both.status(), both::toString);
    assertTrue(both.body().contains("\"general-phone\":\"+79110000001\""), both.body());
    assertTrue(both.body().contains("\"mobile-phone\":\"+79110000002\""), both.body());
    assertTrue(both.body().contains("\"other-email\":\"other@example.ru\""), both.body());
    assertTrue(both.body().contains("\"email\":\"\""), both.body());
    String newId =
        Pattern.compile("\"id\":\"(\\d+)\"")
            .matcher(both.body())
            .results()
            .findFirst()
            .orElseThrow()
            .group(1);
    assertTrue(
        CrmClient.api(a.slug(), token, "/contacts?filter%5Bmobile-phone%5D=89110000002")
            .body()
            .contains("\"id\":\"" + newId + "\""),
        "a mobile number found as a mobile phone");
    assertFalse(
        CrmClient.api(a.slug(), token, "/contacts?filter%5Bwork-phone%5D=89110000002")
            .body()
            .contains("\"id\":\"" + newId + "\""),
        "not as a work phone");
    assertTrue(
        CrmClient.api(a.slug(), token, "/contacts?filter%5Bany-phone%5D=0000002")
            .body()
            .contains("\"id\":\"" + newId + "\""),
        "any phone finds it");
    String location = both.header("Location").orElseThrow();
    String path = location.substring(location.indexOf("/contacts"));
    WebResponse same =
        send(
            token,
            "PATCH",
            path,
            "{\"data\":{\"type\":\"contacts\",\"id\":\""
                + newId
                + "\",\"attributes\":{\"last-name\":\"Два\",\"mobile-phone\":\"+79110000002\"}}}",
            null);
    assertEquals(200, same.status(), same::toString);
    assertEquals(
        both.header("ETag").orElseThrow(),
        same.header("ETag").orElseThrow(),
        "a PATCH that changes nothing keeps the version");

    WebResponse mismatch =
        send(
            token,
            "PATCH",
            path,
            "{\"data\":{\"type\":\"contacts\",\"id\":\"1\",\"attributes\":{}}}",
            null);
    assertEquals(409, mismatch.status(), mismatch::toString);

    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(6);
    List<java.util.concurrent.Future<WebResponse>> answers = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      int n = i;
      answers.add(
          pool.submit(
              () ->
                  send(
                      token,
                      "PATCH",
                      path,
                      "{\"data\":{\"type\":\"contacts\",\"attributes\":{\"first-name\":\"R"
                          + n
                          + "\"}}}",
                      null)));
    }
    for (int i = 0; i < 3; i++) {
      answers.add(pool.submit(() -> send(token, "DELETE", path, "", null)));
    }
    for (java.util.concurrent.Future<WebResponse> f : answers) {
      WebResponse r = f.get();
      assertTrue(r.status() < 500, "no server error in a race: " + r);
      assertTrue(r.status() == 204 || r.body().startsWith("{"), "JSON answers: " + r);
    }
    pool.shutdown();

    assertEquals(
        400, CrmClient.api(a.slug(), token, "/contacts?page%5Bnumber%5D=-4294967295").status());
    assertEquals(
        400, CrmClient.api(a.slug(), token, "/contacts?page%5Bsize%5D=-4294967246").status());
    WebResponse big =
        send(token, "POST", "/contacts", "{\"x\":\"" + "y".repeat(1_200_000) + "\"}", null);
    assertEquals(413, big.status());
    assertTrue(big.body().startsWith("{\"errors\":["), big.body());
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", TestEnvironment.httpPort())) {
      socket
          .getOutputStream()
          .write(
              ("GET /api/v1/contacts HTTP/1.1\r\nHost: "
                      + b.slug()
                      + "."
                      + a.slug()
                      + ".localhost\r\nAuthorization: Bearer "
                      + token
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
      assertTrue(answer.contains("{\"errors\":["), answer);
      assertFalse(answer.contains("ApiAlpha"));
    }
  }

  @Test
  void revokeActsOnTheTokenShownInThatRow() {
    String first = b.apiToken("first-shown", false);
    CrmClient admin = b.as(b.admin());
    WebResponse page = admin.get("/app/api-tokens.xhtml");
    String button =
        Jsoup.parse(page.body()).select("button[id$=':revoke']").stream()
            .filter(btn -> btn.closest("tr").text().contains("first-shown"))
            .findFirst()
            .orElseThrow()
            .attr("name");
    String second = b.apiToken("issued-meanwhile", false);
    FacesForm.of(admin.browser(), page, "tokens").press(button);
    assertEquals(
        401, CrmClient.api(b.slug(), first, "/contacts").status(), "the token the admin saw");
    assertEquals(
        200, CrmClient.api(b.slug(), second, "/contacts").status(), "not the one issued meanwhile");
  }

  @Test
  void aCursorWalksTheWholeListInTheSameOrderAsPageNumbers() {
    TestTenant a = Fixtures.tenant("cursor"); // its own: new ids would collide with other tests
    a.contacts(a.admin(), "Cursorov", 25);
    String token = a.apiToken("cursor", true);
    String query = "/contacts?filter%5Blast-name%5D=Cursorov&page%5Bsize%5D=10";
    List<String> byNumber = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      byNumber.addAll(ids(CrmClient.api(a.slug(), token, query + "&page%5Bnumber%5D=" + n).body()));
    }
    assertEquals(25, byNumber.size());

    List<String> byCursor = new ArrayList<>();
    String next = query;
    int pages = 0;
    while (next != null && pages < 10) {
      WebResponse page = CrmClient.api(a.slug(), token, next);
      assertEquals(200, page.status(), page::toString);
      byCursor.addAll(ids(page.body()));
      pages++;
      Matcher link =
          Pattern.compile("\"next\":\"[^\"]*(/contacts\\?[^\"]+)\"").matcher(page.body());
      next = link.find() ? link.group(1) : null;
    }
    assertEquals(3, pages, "the last page has no next link");
    assertEquals(byNumber, byCursor);

    WebResponse damaged = CrmClient.api(a.slug(), token, query + "&page%5Bafter%5D=not-a-cursor");
    assertEquals(400, damaged.status(), damaged::toString);
    assertTrue(damaged.body().contains("links.next"), damaged::toString);
    WebResponse first = CrmClient.api(a.slug(), token, query);
    Matcher cursor = Pattern.compile("\"next-cursor\":\"([^\"]+)\"").matcher(first.body());
    assertTrue(cursor.find(), first::toString);
    assertEquals(
        400,
        CrmClient.api(
                a.slug(), token, query + "&sort=-created-at&page%5Bafter%5D=" + cursor.group(1))
            .status(),
        "a cursor of another order");
    assertEquals(
        400,
        CrmClient.api(
                a.slug(), token, query + "&page%5Bnumber%5D=2&page%5Bafter%5D=" + cursor.group(1))
            .status(),
        "a cursor and a page number");
  }

  private static List<String> ids(String json) {
    return Pattern.compile("\\{\"id\":\"(\\d+)\",\"type\":\"contacts\"")
        .matcher(json)
        .results()
        .map(m -> m.group(1))
        .toList();
  }

  @Test
  void whatWasReadCanBeSentBackAndErrorsPointAtTheAttributeSent() {
    String token = a.apiToken("roundtrip", false);
    WebResponse created =
        send(
            token,
            "POST",
            "/contacts",
            "{\"data\":{\"type\":\"contacts\",\"attributes\":{\"last-name\":\"Мобильный\","
                + "\"mobile-phone\":\"8 (903) 111-22-33\"}}}",
            null);
    assertEquals(201, created.status(), created::toString);
    assertTrue(created.body().contains("\"general-phone\":\"+79031112233\""), created.body());
    String location = created.header("Location").orElseThrow();
    String path = location.substring(location.indexOf("/contacts"));
    String id = path.substring(path.lastIndexOf('/') + 1);
    WebResponse back =
        send(
            token,
            "PATCH",
            path,
            "{\"data\":{\"type\":\"contacts\",\"id\":\""
                + id
                + "\",\"attributes\":{"
                + "\"general-phone\":\"+79031112233\",\"mobile-phone\":\"8 903 111 22 33\"}}}",
            null);
    assertEquals(200, back.status(), back::toString);
    assertEquals(created.header("ETag").orElseThrow(), back.header("ETag").orElseThrow());

    for (String attribute : List.of("work-phone", "other-phone", "mobile-phone", "other-email")) {
      WebResponse bad =
          send(
              token,
              "PATCH",
              path,
              "{\"data\":{\"type\":\"contacts\",\"id\":\""
                  + id
                  + "\",\"attributes\":{\""
                  + attribute
                  + "\":\"bad\"}}}",
              null);
      assertEquals(422, bad.status(), bad::toString);
      assertTrue(
          bad.body().contains("/data/attributes/" + attribute), attribute + ": " + bad.body());
    }
    WebResponse size = CrmClient.api(a.slug(), token, "/contacts?page%5Bsize%5D=abc");
    assertEquals(400, size.status());
    assertTrue(size.body().contains("\"code\":\"110\""), size::body);
  }

  @Test
  void aDeactivatedOwnersTokensStopWorking() {
    TestTenant own = Fixtures.tenant("apideact");
    String token = own.apiToken("owner-leaves", false);
    assertEquals(200, CrmClient.api(own.slug(), token, "/contacts").status());
    Fixtures.deactivate(own.slug(), own.admin());
    assertEquals(401, CrmClient.api(own.slug(), token, "/contacts").status());
  }

  @Test
  void tokensAreHeldToThePlansRate() {
    String token = b.apiToken("busy", true);
    WebResponse last = null;
    for (int i = 0; i < 121; i++) {
      last = CrmClient.api(b.slug(), token, "/contacts?page%5Bsize%5D=1");
      if (last.status() == 429) {
        break;
      }
    }
    assertEquals(429, last.status(), "the default plan allows 120 requests a minute");
    int retryAfter = Integer.parseInt(last.header("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= 60);
    assertTrue(last.body().contains("\"status\":\"429\""));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
