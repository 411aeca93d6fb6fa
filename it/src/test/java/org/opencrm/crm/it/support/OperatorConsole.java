package org.opencrm.crm.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.opencrm.crm.launcher.DemoAccess;

/** An operator's browser in the tenant-admin console. */
public final class OperatorConsole {

  private OperatorConsole() {}

  /** Logs an operator in; the console opens on its list of tenants. */
  public static HttpBrowser login(String login, String password) {
    HttpBrowser browser = new HttpBrowser();
    WebResponse page = browser.get(TestEnvironment.tenantAdminUrl("/login.xhtml"));
    WebResponse in =
        FacesForm.of(browser, page, "login")
            .set("login:login", login)
            .set("login:password", password)
            .press("login:submit");
    assertEquals("/tenant-admin/console/tenants.xhtml", in.path(), in::toString);
    return browser;
  }

  /** The demo operator, who may act. */
  public static HttpBrowser operator() {
    return login("operator", DemoAccess.OPERATOR.password());
  }

  /** A console page, {@code path} after {@code /tenant-admin}. */
  public static WebResponse get(HttpBrowser browser, String path) {
    return browser.get(TestEnvironment.tenantAdminUrl(path));
  }
}
