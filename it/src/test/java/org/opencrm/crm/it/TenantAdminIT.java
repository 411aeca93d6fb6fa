package org.opencrm.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.it.support.AllAppsTestBase;
import org.opencrm.crm.it.support.FacesForm;
import org.opencrm.crm.it.support.Fixtures;
import org.opencrm.crm.it.support.HttpBrowser;
import org.opencrm.crm.it.support.TestEnvironment;
import org.opencrm.crm.it.support.WebResponse;
import org.opencrm.crm.launcher.DemoAccess;

/** The operators' console: its own login, and the list of tenants. */
@Tag("smoke")
class TenantAdminIT extends AllAppsTestBase {

  @Test
  void operatorLogsInAndSeesTheTenants() {
    String slug = Fixtures.tenant("console").slug();
    HttpBrowser browser = new HttpBrowser();
    WebResponse protectedPage =
        browser.get(TestEnvironment.tenantAdminUrl("/console/tenants.xhtml"));
    assertEquals("/tenant-admin/login.xhtml", protectedPage.path());

    WebResponse refused =
        FacesForm.of(browser, protectedPage, "login")
            .set("login:login", "operator")
            .set("login:password", "wrong-password")
            .press("login:submit");
    assertTrue(refused.body().contains("Wrong login or password."), refused::toString);

    WebResponse tenants =
        FacesForm.of(browser, refused, "login")
            .set("login:login", "operator")
            .set("login:password", DemoAccess.OPERATOR.password())
            .press("login:submit");
    assertEquals("/tenant-admin/console/tenants.xhtml", tenants.path(), tenants::toString);
    assertTrue(tenants.body().contains(slug), "the new tenant is listed");
    assertTrue(tenants.body().contains("Active"));
  }

  @Test
  void consoleDoesNotExistOnATenantsAddress() {
    String slug = Fixtures.tenant("console-host").slug();
    WebResponse answer =
        new HttpBrowser().get(TestEnvironment.tenantUrl(slug, "/tenant-admin/login.xhtml"));
    assertEquals(404, answer.status(), answer::toString);
  }
}
