package org.opencrm.crm.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.it.support.CrmAppTestBase;
import org.opencrm.crm.it.support.CrmClient;
import org.opencrm.crm.it.support.FacesForm;
import org.opencrm.crm.it.support.Fixtures;
import org.opencrm.crm.it.support.Fixtures.TestTenant;
import org.opencrm.crm.it.support.WebResponse;

/**
 * Files on record cards: attached, listed, downloaded byte-exact with a safe name and type,
 * recorded in history, removed; reached only through a record the user may see or change.
 */
class FilesIT extends CrmAppTestBase {

  private static TestTenant tenant;

  @BeforeAll
  static void createTenant() {
    tenant = Fixtures.tenant("files");
  }

  private static WebResponse attach(CrmClient user, String card, String name, byte[] bytes) {
    WebResponse page = user.get(card);
    assertEquals(200, page.status(), page::toString);
    return FacesForm.of(user.browser(), page, "files")
        .pressWithFile("files:attach", "files:file", name, bytes);
  }

  private static long fileId(String name) {
    return tenant.count("SELECT id FROM record_file WHERE name = '" + name + "'");
  }

  @Test
  void aFileIsAttachedDownloadedRecordedAndRemoved() {
    CrmClient admin = tenant.as(tenant.admin());
    long contact = tenant.contacts(tenant.admin(), "Файловый", 1).get(0);
    String card = "/app/contact.xhtml?id=" + contact;
    byte[] pdf = "%PDF-1.4 договор поставки".getBytes(StandardCharsets.UTF_8);
    WebResponse attached = attach(admin, card, "Договор №5.pdf", pdf);
    assertEquals(card, attached.path() + "?" + attached.uri().getQuery(), attached::toString);
    assertTrue(
        Jsoup.parse(attached.body()).select("#file-list").text().contains("Договор №5.pdf"),
        attached::toString);
    assertTrue(
        Jsoup.parse(attached.body()).select("ul.history").text().contains("Договор №5.pdf"),
        "the history names the file");

    long id = fileId("Договор №5.pdf");
    String address = "/app/files/" + id;
    assertArrayEquals(pdf, admin.browser().download(admin.url(address)), "the bytes come back");
    WebResponse download = admin.get(address);
    assertTrue(
        download.header("Content-Disposition").orElse("").contains("filename*=UTF-8''"),
        download::toString);
    assertEquals("nosniff", download.header("X-Content-Type-Options").orElse(""));

    // A page uploaded as a file is never served as a page.
    attach(admin, card, "page.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
    WebResponse html = admin.get("/app/files/" + fileId("page.html"));
    assertTrue(
        html.header("Content-Type").orElse("").startsWith("application/octet-stream"),
        () -> html.headers().map().toString());

    WebResponse page = admin.get(card);
    WebResponse removed =
        FacesForm.of(admin.browser(), page, "fileList")
            .press(
                Jsoup.parse(page.body()).select("#file-list button").stream()
                    .filter(b -> b.parent().text().contains("Договор №5.pdf"))
                    .findFirst()
                    .orElseThrow()
                    .attr("name"));
    assertEquals(200, removed.status(), removed::toString);
    assertEquals(0, tenant.count("SELECT COUNT(*) FROM record_file WHERE id = " + id));
    assertEquals(404, admin.get(address).status());
  }

  @Test
  void filesAreReachedOnlyThroughARecordTheUserMaySee() {
    CrmClient admin = tenant.as(tenant.admin());
    CrmClient manager = tenant.as(tenant.manager1());
    long others = tenant.contacts(tenant.admin(), "Чужой-файл", 1).get(0);
    long own = tenant.contacts(tenant.manager1(), "Свой-файл", 1).get(0);
    attach(
        admin,
        "/app/contact.xhtml?id=" + others,
        "secret.txt",
        "тайна".getBytes(StandardCharsets.UTF_8));
    long secret = fileId("secret.txt");
    WebResponse hidden = manager.get("/app/files/" + secret);
    assertEquals(404, hidden.status(), hidden::toString);
    assertTrue(!hidden.body().contains("тайна"));
    assertEquals(404, manager.get("/app/files/abc").status());

    WebResponse mine =
        attach(
            manager,
            "/app/contact.xhtml?id=" + own,
            "mine.txt",
            "моё".getBytes(StandardCharsets.UTF_8));
    assertTrue(CrmClient.messages(mine).contains("attached"), mine::toString);
    assertEquals(200, manager.get("/app/files/" + fileId("mine.txt")).status());
    assertEquals(200, admin.get("/app/files/" + fileId("mine.txt")).status(), "all of the company");

    // The files registry lists what each may see, and nothing else.
    String managersRegistry =
        Jsoup.parse(manager.get("/app/files.xhtml").body()).select("#list\\:table").text();
    assertTrue(
        managersRegistry.contains("mine.txt") && !managersRegistry.contains("secret.txt"),
        managersRegistry);
    String adminsRegistry =
        Jsoup.parse(admin.get("/app/files.xhtml").body()).select("#list\\:table").text();
    assertTrue(
        adminsRegistry.contains("mine.txt") && adminsRegistry.contains("secret.txt"),
        adminsRegistry);

    // The file form posted without its file (not as multipart), as a script might: refused, no 500.
    WebResponse plain =
        FacesForm.of(manager.browser(), manager.get("/app/contact.xhtml?id=" + own), "files")
            .press("files:attach");
    assertEquals(400, plain.status(), plain::toString);

    WebResponse empty = attach(manager, "/app/contact.xhtml?id=" + own, "empty.txt", new byte[0]);
    assertTrue(CrmClient.messages(empty).contains("not empty"), empty::toString);
  }

  @Test
  void companiesHaveFilesToo() {
    CrmClient admin = tenant.as(tenant.admin());
    WebResponse company =
        FacesForm.of(admin.browser(), admin.get("/app/company-edit.xhtml"), "form")
            .set("form:name", "ООО «С файлами»")
            .press("form:save");
    String card = company.path() + "?" + company.uri().getQuery();
    WebResponse attached = attach(admin, card, "устав.docx", new byte[] {'P', 'K', 3, 4, 1, 2});
    assertTrue(
        Jsoup.parse(attached.body()).select("#file-list").text().contains("устав.docx"),
        attached::toString);
  }
}
