package org.opencrm.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.it.support.CrmAppTestBase;
import org.opencrm.crm.it.support.CrmClient;
import org.opencrm.crm.it.support.FacesForm;
import org.opencrm.crm.it.support.Fixtures;
import org.opencrm.crm.it.support.Fixtures.TestTenant;
import org.opencrm.crm.it.support.WebResponse;

/** The history report: every change across the tenant, filtered by user; for administrators. */
class HistoryReportIT extends CrmAppTestBase {

  @Test
  void administratorsSeeWhoChangedWhatAndFilterByUser() {
    TestTenant tenant = Fixtures.tenant("journal");
    CrmClient manager = tenant.as(tenant.manager1());
    manager.createContact(Map.of("form:lastName", "Журнальная", "form:firstName", "Ирина"));
    CrmClient admin = tenant.as(tenant.admin());
    admin.createContact(Map.of("form:lastName", "Админская"));

    WebResponse page = admin.get("/app/history.xhtml");
    assertEquals(200, page.status(), page::toString);
    Document doc = Jsoup.parse(page.body());
    String changes = doc.select(".history-changes").text();
    assertTrue(changes.contains("Журнальная") && changes.contains("Админская"), changes);
    assertFalse(doc.select("a.history-record").isEmpty(), "rows link to their cards");

    String managerId =
        String.valueOf(
            tenant.count("SELECT id FROM user_account WHERE email = '" + tenant.manager1() + "'"));
    WebResponse filtered =
        FacesForm.of(admin.browser(), page, "report")
            .set("report:user_input", managerId)
            .press("report:apply");
    String only = Jsoup.parse(filtered.body()).select(".history-changes").text();
    assertTrue(only.contains("Журнальная") && !only.contains("Админская"), only);

    assertEquals(403, manager.get("/app/history.xhtml").status());
  }
}
