package org.opencrm.crm.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A user of one tenant in the tenant users' application, over HTTP: logs in on the tenant's own
 * address and uses the screens as a browser would.
 */
public final class CrmClient {

  private final String slug;
  private final HttpBrowser browser;

  public CrmClient(String slug) {
    this(slug, new HttpBrowser());
  }

  public CrmClient(String slug, HttpBrowser browser) {
    this.slug = slug;
    this.browser = browser;
  }

  public HttpBrowser browser() {
    return browser;
  }

  public String slug() {
    return slug;
  }

  public URI url(String path) {
    return TestEnvironment.tenantUrl(slug, path);
  }

  public WebResponse get(String path) {
    return browser.get(url(path));
  }

  /** Logs in; returns the page the login ended on. */
  public WebResponse login(String email, String password) {
    WebResponse page = get("/login.xhtml");
    assertEquals(200, page.status(), page::toString);
    return FacesForm.of(browser, page, "login")
        .set("login:email", email)
        .set("login:password", password)
        .press("login:submit");
  }

  /** Logs in and checks that it worked. */
  public CrmClient loggedIn(String email, String password) {
    WebResponse home = login(email, password);
    assertEquals(
        "/app/contacts.xhtml",
        home.path(),
        () -> "login of " + email + " failed: " + messages(home) + "\n" + home);
    return this;
  }

  /** Logs out with the user menu's POST. */
  public WebResponse logout() {
    WebResponse page = get("/app/contacts.xhtml");
    return FacesForm.of(browser, page, "userMenu").press("userMenu:logout");
  }

  /** Opens the editor of a new contact, fills it and presses Save. */
  public WebResponse createContact(Map<String, String> fields) {
    WebResponse editor = get("/app/contact-edit.xhtml");
    assertEquals(200, editor.status(), editor::toString);
    FacesForm form = FacesForm.of(browser, editor, "form");
    fields.forEach(form::set);
    return form.press("form:save");
  }

  /** Opens the editor of a contact, changes fields and presses Save. */
  public WebResponse editContact(long id, Map<String, String> fields) {
    WebResponse editor = get("/app/contact-edit.xhtml?id=" + id);
    assertEquals(200, editor.status(), editor::toString);
    FacesForm form = FacesForm.of(browser, editor, "form");
    fields.forEach(form::set);
    return form.press("form:save");
  }

  /** The ids of the contacts in the list's first page for a search-box term. */
  public List<Long> search(String term) {
    WebResponse list =
        get("/app/contacts.xhtml?q=" + URLEncoder.encode(term, StandardCharsets.UTF_8));
    assertEquals(200, list.status(), list::toString);
    return contactIds(list);
  }

  /** A GET of the tenant's REST API ({@code path} after {@code /api/v1}) with a bearer token. */
  public static WebResponse api(String slug, String token, String path) {
    HttpBrowser browser = new HttpBrowser();
    if (token != null) {
      browser.header("Authorization", "Bearer " + token);
    }
    return browser.get(TestEnvironment.tenantUrl(slug, "/api/v1" + path));
  }

  /** A write to the tenant's REST API with a bearer token, and {@code If-Match} when given. */
  public static WebResponse api(
      String slug, String token, String method, String path, String json, String ifMatch) {
    HttpBrowser browser = new HttpBrowser().header("Authorization", "Bearer " + token);
    if (ifMatch != null) {
      browser.header("If-Match", ifMatch);
    }
    return browser.send(
        method,
        TestEnvironment.tenantUrl(slug, "/api/v1" + path),
        "application/vnd.api+json",
        java.net.http.HttpRequest.BodyPublishers.ofString(json));
  }

  /** The texts of the Faces messages shown on a page. */
  public static String messages(WebResponse page) {
    return Jsoup.parse(page.body()).select(".ui-messages, .ui-message").text();
  }

  /** The ids of the contacts linked from a page. */
  public static List<Long> contactIds(WebResponse page) {
    Document doc = Jsoup.parse(page.body());
    return doc.select("a.contact-link").stream()
        .map(a -> a.attr("href"))
        .map(href -> Long.valueOf(href.substring(href.indexOf("id=") + 3).replaceAll("\\D.*", "")))
        .toList();
  }

  /** The id in the address of a contact card the browser ended on. */
  public static long cardId(WebResponse card) {
    String query = card.uri().getQuery();
    assertTrue(
        card.path().equals("/app/contact.xhtml") && query != null && query.startsWith("id="),
        card::toString);
    return Long.parseLong(query.substring(3));
  }

  /** The export of the contact list for filters given as a query string. */
  public WebResponse export(String query) {
    return get("/app/export/contacts.csv" + (query.isEmpty() ? "" : "?" + query));
  }
}
