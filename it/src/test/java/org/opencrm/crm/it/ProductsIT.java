package org.opencrm.crm.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.it.support.CrmAppTestBase;
import org.opencrm.crm.it.support.CrmClient;
import org.opencrm.crm.it.support.DemoDataWait;
import org.opencrm.crm.it.support.FacesForm;
import org.opencrm.crm.it.support.Fixtures;
import org.opencrm.crm.it.support.Fixtures.TestTenant;
import org.opencrm.crm.it.support.HttpBrowser;
import org.opencrm.crm.it.support.TestEnvironment;
import org.opencrm.crm.it.support.WebResponse;

/**
 * The products catalogue end to end over HTTP against the real server and database: the editor with
 * VAT rates by date, the list's filters and export, trash and restore, images checked by their
 * bytes and served only to who may see the product, and {@code /api/v1/products}.
 */
class ProductsIT extends CrmAppTestBase {

  /** A 1×1 transparent PNG. */
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  private static TestTenant tenant;

  @BeforeAll
  static void start() {
    tenant = Fixtures.tenant("products");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Opens the editor (of a new product, or of one), sets the fields and presses Save. */
  private static WebResponse saveProduct(CrmClient client, Long id, Map<String, String> fields) {
    WebResponse editor = client.get("/app/product-edit.xhtml" + (id == null ? "" : "?id=" + id));
    assertEquals(200, editor.status(), editor::toString);
    FacesForm form = FacesForm.of(client.browser(), editor, "form");
    fields.forEach(form::set);
    return form.press("form:save");
  }

  private static long productId(WebResponse card) {
    assertEquals("/app/product.xhtml", card.path(), card::toString);
    return Long.parseLong(card.uri().getQuery().substring(3));
  }

  private static Map<String, String> product(String name, String sku, String price) {
    Map<String, String> f = new HashMap<>();
    f.put("form:name", name);
    f.put("form:sku", sku);
    f.put("form:price", price);
    f.put("form:unit", "шт");
    f.put("form:currency", "RUB");
    f.put("form:vat:0:rate_input", "TWENTY_TWO");
    f.put("form:vat:0:from", "");
    return f;
  }

  private static List<String> listed(WebResponse page) {
    return Jsoup.parse(page.body()).select("a.product-link").stream().map(a -> a.text()).toList();
  }

  /** Presses the list's Apply with these filters (the page as sent without scripts). */
  private static WebResponse filter(CrmClient client, Map<String, String> fields) {
    WebResponse list = client.get("/app/products.xhtml");
    FacesForm form = FacesForm.of(client.browser(), list, "list");
    fields.forEach(form::set);
    return form.press("list:apply");
  }

  @Test
  void aProductIsSavedWithItsVatHistoryEditedFoundFilteredAndExported() {
    CrmClient admin = tenant.as(tenant.admin());
    // A rate change: 20 % from the start, 22 % from 1 January 2026 (a second line added first).
    WebResponse editor = admin.get("/app/product-edit.xhtml");
    FacesForm form = FacesForm.of(admin.browser(), editor, "form");
    product("Бумага А4", "BUM-A4", "1 234,50").forEach(form::set);
    form.set("form:vat:0:rate_input", "TWENTY");
    WebResponse twoLines = form.press("form:addVat");
    FacesForm second = FacesForm.of(admin.browser(), twoLines, "form");
    assertEquals("Бумага А4", second.get("form:name"), "what was typed stays");
    second.set("form:vat:1:rate_input", "TWENTY_TWO").set("form:vat:1:from", "01.01.2026");
    WebResponse card = second.press("form:save");
    long id = productId(card);
    Document doc = Jsoup.parse(card.body());
    assertEquals("Бумага А4", doc.select("#f-name").text());
    String price = doc.select("#f-price").text().replace('\u00a0', ' ').replace('\u202f', ' ');
    assertTrue(price.contains("1,234.50"), price);
    assertTrue(doc.select("#f-vat-rates").text().contains("20 %"), card::toString);
    assertTrue(doc.select("#f-vat-rates").text().contains("22 %"), card::toString);
    // The card is a tab view: details, images, history.
    String tabs = doc.select("#tabs ul[role=tablist]").text();
    assertTrue(tabs.contains("Details") && tabs.contains("Images"), tabs);
    assertTrue(tabs.contains("History"), tabs);
    assertEquals(2, tenant.count("SELECT COUNT(*) FROM product_vat_rate WHERE product_id = " + id));
    assertEquals(
        1,
        tenant.count(
            "SELECT COUNT(*) FROM product_vat_rate WHERE product_id = "
                + id
                + " AND rate = 'TWENTY_TWO' AND applies_from = '2026-01-01'"));

    // A second product may not take the same SKU, in any case; the message says whose it is.
    WebResponse taken = saveProduct(admin, null, product("Бумага другая", "bum-a4", "10"));
    assertEquals("/app/product-edit.xhtml", taken.path(), taken::toString);
    assertTrue(
        CrmClient.messages(taken).contains("is already used by “Бумага А4”"),
        CrmClient.messages(taken));
    // A negative price and a made-up currency are refused next to their fields.
    Map<String, String> bad = product("Плохой", "", "-5");
    bad.put("form:currency", "РУБ");
    WebResponse refused = saveProduct(admin, null, bad);
    assertTrue(
        CrmClient.messages(refused).contains("cannot be negative"), CrmClient.messages(refused));
    assertTrue(
        CrmClient.messages(refused).contains("is not a currency code"),
        CrmClient.messages(refused));
    assertEquals(0, tenant.count("SELECT COUNT(*) FROM product WHERE name = 'Плохой'"));

    // Edit: the price and a new rate; history tells both, field by field.
    Map<String, String> change = new HashMap<>();
    change.put("form:price", "1300");
    change.put("form:description", "Плотность 80 г/м²");
    WebResponse edited = saveProduct(admin, id, change);
    assertEquals(id, productId(edited));
    String history = Jsoup.parse(edited.body()).select("ul.history").text();
    assertTrue(history.contains("1234.50") && history.contains("1300.00"), history);

    // Another product, archived: hidden from the list until asked for.
    Map<String, String> old = product("Бумага старая", "BUM-OLD", "99");
    old.put("form:archived_input", "on");
    productId(saveProduct(admin, null, old));
    Map<String, String> reduced = product("Тетрадь школьная", "TETR-12", "45");
    reduced.put("form:vat:0:rate_input", "TEN");
    productId(saveProduct(admin, null, reduced));

    assertEquals(
        List.of("Бумага А4"),
        listed(filter(admin, Map.of("list:f-text", "Бума"))),
        "archived products are hidden by default");
    assertEquals(
        List.of("Бумага А4", "Бумага старая"),
        listed(filter(admin, Map.of("list:f-text", "Бума", "list:f-shown_input", "ALL"))));
    assertEquals(
        List.of("Бумага А4"), listed(filter(admin, Map.of("list:f-text", "bum-a"))), "by SKU");
    assertEquals(
        List.of("Тетрадь школьная"),
        listed(filter(admin, Map.of("list:f-vat_input", "TEN"))),
        "by the VAT rate applying today");
    assertEquals(
        List.of("Бумага А4"),
        listed(filter(admin, Map.of("list:f-priceFrom", "1 000", "list:f-priceTo", "2000,50"))));
    WebResponse badPrice = filter(admin, Map.of("list:f-priceFrom", "дорого"));
    assertTrue(
        CrmClient.messages(badPrice).contains("A price in the filter is a number"),
        CrmClient.messages(badPrice));

    // Global search finds it by SKU; the export holds what the filter shows.
    WebResponse search = admin.get("/app/search.xhtml?q=" + enc("BUM-A4"));
    assertTrue(
        Jsoup.parse(search.body()).select("a.product-link").text().contains("Бумага А4"),
        search::toString);
    WebResponse export = admin.get("/app/export/products.csv?text=" + enc("Бума"));
    assertEquals(200, export.status(), export::toString);
    assertTrue(export.body().startsWith("\uFEFF"), "a byte order mark for Excel");
    assertTrue(export.body().contains("Бумага А4"), export::body);
    assertTrue(export.body().contains("BUM-A4"), export::body);
    assertFalse(export.body().contains("Бумага старая"), export::body);
    assertFalse(export.body().contains("Тетрадь"), export::body);
    assertEquals(400, admin.get("/app/export/products.csv?vat=EIGHTEEN").status());
  }

  @Test
  void aDeletedProductWaitsInTheTrashAndComesBackUnlessItsSkuWasTaken() {
    CrmClient admin = tenant.as(tenant.admin());
    long id = productId(saveProduct(admin, null, product("Степлер", "STEP-1", "340")));
    WebResponse card = admin.get("/app/product.xhtml?id=" + id);
    WebResponse deleted = FacesForm.of(admin.browser(), card, "actions").press("actions:delete");
    assertEquals("/app/products.xhtml", deleted.path(), deleted::toString);
    assertEquals(404, admin.get("/app/product.xhtml?id=" + id).status());

    // Meanwhile another product takes the SKU: restoring the first one is refused, with why.
    long other = productId(saveProduct(admin, null, product("Степлер новый", "STEP-1", "360")));
    WebResponse trash = admin.get("/app/trash.xhtml");
    WebResponse refused =
        FacesForm.of(admin.browser(), trash, "trash").press(restoreOf(trash, "Степлер"));
    assertTrue(
        CrmClient.messages(refused).contains("SKU STEP-1 now belongs to another product"),
        CrmClient.messages(refused));

    Map<String, String> rename = new HashMap<>();
    rename.put("form:sku", "STEP-2");
    productId(saveProduct(admin, other, rename));
    WebResponse again = admin.get("/app/trash.xhtml");
    WebResponse restored =
        FacesForm.of(admin.browser(), again, "trash").press(restoreOf(again, "Степлер"));
    assertEquals("/app/product.xhtml", restored.path(), restored::toString);
    assertEquals("Степлер", Jsoup.parse(restored.body()).select("#f-name").text());
    String history = Jsoup.parse(restored.body()).select("ul.history").text();
    assertTrue(history.contains("restored"), history);
  }

  private static String restoreOf(WebResponse trash, String name) {
    return Jsoup.parse(trash.body()).select("button[id$=':restore']").stream()
        .filter(
            b ->
                b.parents().select("tr").first().select("td").stream()
                    .anyMatch(td -> td.text().equals(name)))
        .findFirst()
        .orElseThrow(() -> new AssertionError(trash.toString()))
        .attr("name");
  }

  @Test
  void imagesAreCheckedByTheirBytesAndServedOnlyToWhoMaySeeTheProduct() {
    CrmClient admin = tenant.as(tenant.admin());
    long id = productId(saveProduct(admin, null, product("Монитор", "MON-27", "21400")));
    WebResponse editor = admin.get("/app/product-edit.xhtml?id=" + id);
    String fileField =
        Jsoup.parse(editor.body()).select("form#images input[type=file]").attr("name");
    assertFalse(fileField.isEmpty(), editor::toString);

    // Text named .png is refused, and so is an image over 5 MB; nothing is kept.
    WebResponse notImage =
        FacesForm.of(admin.browser(), editor, "images")
            .pressWithFile("images:upload", fileField, "photo.png", "just text".getBytes());
    assertEquals(200, notImage.status(), notImage::toString);
    assertTrue(
        CrmClient.messages(notImage).contains("This is not an image"),
        CrmClient.messages(notImage));
    byte[] huge = new byte[5 * 1024 * 1024 + 10];
    System.arraycopy(PNG, 0, huge, 0, PNG.length);
    WebResponse tooLarge =
        FacesForm.of(admin.browser(), notImage, "images")
            .pressWithFile("images:upload", fileField, "big.png", huge);
    assertTrue(
        CrmClient.messages(tooLarge).contains("larger than 5 MB"), CrmClient.messages(tooLarge));
    assertEquals(0, tenant.count("SELECT COUNT(*) FROM product_image"));

    WebResponse uploaded =
        FacesForm.of(admin.browser(), tooLarge, "images")
            .pressWithFile("images:upload", fileField, "monitor.png", PNG);
    assertTrue(CrmClient.messages(uploaded).contains("Image added"), CrmClient.messages(uploaded));
    assertEquals(1, tenant.count("SELECT COUNT(*) FROM product_image WHERE product_id = " + id));
    WebResponse card = admin.get("/app/product.xhtml?id=" + id);
    String src = Jsoup.parse(card.body()).select("#product-images img").attr("src");
    assertTrue(src.startsWith("/app/product-image/"), card::toString);
    assertArrayEquals(PNG, admin.browser().download(admin.url(src)), "the bytes come back");
    assertTrue(
        Jsoup.parse(card.body()).select("ul.history").text().contains("monitor.png"),
        "the history names the image");

    // A manager limited to their own records may neither open the product nor its image.
    CrmClient manager = tenant.as(tenant.manager1());
    assertEquals(404, manager.get("/app/product.xhtml?id=" + id).status());
    WebResponse hidden = manager.get(src);
    assertEquals(404, hidden.status(), hidden::toString);
    assertFalse(hidden.body().contains("PNG"), "no bytes of the image");
    // Another company's users get the same 404 for the same address.
    TestTenant other = Fixtures.tenant("products-b");
    assertEquals(404, other.as(other.admin()).get(src).status());
    assertEquals(404, admin.get("/app/product-image/999999999").status());
    assertEquals(404, admin.get("/app/product-image/abc").status());

    // The manager's own product's image is theirs to see.
    long own = productId(saveProduct(manager, null, product("Мышь", "MYSH-1", "590")));
    WebResponse ownEditor = manager.get("/app/product-edit.xhtml?id=" + own);
    WebResponse ownUploaded =
        FacesForm.of(manager.browser(), ownEditor, "images")
            .pressWithFile("images:upload", fileField, "mouse.png", PNG);
    assertTrue(CrmClient.messages(ownUploaded).contains("Image added"));
    String ownSrc =
        Jsoup.parse(manager.get("/app/product.xhtml?id=" + own).body())
            .select("#product-images img")
            .attr("src");
    assertArrayEquals(PNG, manager.browser().download(manager.url(ownSrc)));

    // Once the product is in the trash, its image is gone for everyone.
    WebResponse deleted = FacesForm.of(admin.browser(), card, "actions").press("actions:delete");
    assertEquals("/app/products.xhtml", deleted.path(), deleted::toString);
    assertEquals(404, admin.get(src).status());
  }

  @Test
  void theApiCreatesReadsChangesListsAndKeepsOtherCompaniesApart() {
    String token = tenant.apiToken("products", false);
    String json =
        """
        {"data":{"type":"products","attributes":{
          "name":"Кофе в зёрнах","sku":"KOF-1","unit":"кг","price":1890.5,
          "vat-rates":[{"rate":"20"},{"rate":"22","applies-from":"2026-01-01"}]}}}
        """;
    WebResponse created = CrmClient.api(tenant.slug(), token, "POST", "/products", json, null);
    assertEquals(201, created.status(), created::toString);
    Matcher m = Pattern.compile("\"id\":\"(\\d+)\",\"type\":\"products\"").matcher(created.body());
    assertTrue(m.find(), created::toString);
    String id = m.group(1);
    assertTrue(created.body().contains("\"price\":1890.50"), created.body());
    assertTrue(created.body().contains("\"currency\":\"RUB\""), created.body());
    assertTrue(
        created.body().contains("{\"rate\":\"22\",\"applies-from\":\"2026-01-01\"}"),
        created.body());

    WebResponse one = CrmClient.api(tenant.slug(), token, "/products/" + id);
    assertEquals(200, one.status(), one::toString);
    String etag = one.header("ETag").orElseThrow();
    WebResponse changed =
        CrmClient.api(
            tenant.slug(),
            token,
            "PATCH",
            "/products/" + id,
            "{\"data\":{\"type\":\"products\",\"id\":\""
                + id
                + "\",\"attributes\":{\"price\":\"1 990,00\",\"currency\":\"usd\"}}}",
            etag);
    assertEquals(200, changed.status(), changed::toString);
    assertTrue(changed.body().contains("\"price\":1990.00"), changed.body());
    assertTrue(changed.body().contains("\"currency\":\"USD\""), changed.body());
    assertTrue(changed.body().contains("\"sku\":\"KOF-1\""), "what was not sent stays");
    WebResponse stale =
        CrmClient.api(
            tenant.slug(),
            token,
            "PATCH",
            "/products/" + id,
            "{\"data\":{\"type\":\"products\",\"attributes\":{\"name\":\"Старое\"}}}",
            etag);
    assertEquals(409, stale.status(), stale::toString);

    WebResponse negative =
        CrmClient.api(
            tenant.slug(),
            token,
            "POST",
            "/products",
            "{\"data\":{\"type\":\"products\",\"attributes\":{\"name\":\"X\",\"price\":-1}}}",
            null);
    assertEquals(422, negative.status(), negative::toString);
    assertTrue(negative.body().contains("\"pointer\":\"/data/attributes/price\""), negative.body());
    WebResponse duplicate =
        CrmClient.api(
            tenant.slug(),
            token,
            "POST",
            "/products",
            "{\"data\":{\"type\":\"products\",\"attributes\":{\"name\":\"Y\",\"sku\":\"kof-1\"}}}",
            null);
    assertEquals(422, duplicate.status(), duplicate::toString);
    assertTrue(duplicate.body().contains("\"pointer\":\"/data/attributes/sku\""), duplicate.body());
    WebResponse badRate =
        CrmClient.api(
            tenant.slug(),
            token,
            "POST",
            "/products",
            "{\"data\":{\"type\":\"products\",\"attributes\":{\"name\":\"Z\",\"vat-rate\":\"18\"}}}",
            null);
    assertEquals(422, badRate.status(), badRate::toString);
    assertTrue(
        badRate.body().contains("\"pointer\":\"/data/attributes/vat-rate\""), badRate.body());

    WebResponse byName =
        CrmClient.api(tenant.slug(), token, "/products?filter%5Bname%5D=" + enc("Кофе"));
    assertTrue(byName.body().contains("\"record-count\":1"), byName::toString);
    WebResponse byRate = CrmClient.api(tenant.slug(), token, "/products?filter%5Bvat-rate%5D=5");
    assertTrue(byRate.body().contains("\"record-count\":0"), byRate::toString);
    assertEquals(
        400, CrmClient.api(tenant.slug(), token, "/products?filter%5Bcolour%5D=red").status());

    TestTenant b = Fixtures.tenant("products-api-b");
    String otherToken = b.apiToken("other", false);
    assertEquals(404, CrmClient.api(b.slug(), otherToken, "/products/" + id).status());
    assertFalse(
        CrmClient.api(b.slug(), otherToken, "/products").body().contains("Кофе"),
        "another company's list");

    WebResponse doc = new HttpBrowser().get(TestEnvironment.appUrl("/api/v1/openapi.json"));
    Matcher attributes =
        Pattern.compile("\"attributes\":\\{(.*?)\\},\"relationships\"").matcher(one.body());
    assertTrue(attributes.find(), one.body());
    Pattern.compile("\"([a-z-]+)\":")
        .matcher(attributes.group(1).replaceAll("\\[[^]]*]", "[]"))
        .results()
        .map(r -> r.group(1))
        .forEach(
            name ->
                assertTrue(doc.body().contains("\"" + name + "\": {"), name + " is not described"));
    assertTrue(doc.body().contains("\"/products/{id}\": {"));

    assertEquals(
        204, CrmClient.api(tenant.slug(), token, "DELETE", "/products/" + id, "", null).status());
    assertEquals(404, CrmClient.api(tenant.slug(), token, "/products/" + id).status());
  }

  @Test
  void theDemoCompanyHasACatalogueWhoseStandardRateRisesIn2026() throws Exception {
    DemoDataWait.awaitReady();
    try (Connection db = TestEnvironment.connectTenant("demo");
        Statement st = db.createStatement();
        ResultSet r =
            st.executeQuery(
                "SELECT (SELECT COUNT(*) FROM product),"
                    + " (SELECT COUNT(*) FROM product_category),"
                    + " (SELECT COUNT(*) FROM product_vat_rate WHERE rate = 'TWENTY_TWO'"
                    + "   AND applies_from = '2026-01-01')")) {
      r.next();
      assertTrue(r.getInt(1) >= 30, "products: " + r.getInt(1));
      assertTrue(r.getInt(2) >= 5, "categories: " + r.getInt(2));
      assertTrue(r.getInt(3) >= 10, "22 % from 2026: " + r.getInt(3));
    }
  }
}
