package org.opencrm.crm.launcher;

import java.util.List;

/**
 * The demo installation's addresses and logins, in one place: {@code run} prints them and the tests
 * log in with them. They must match what the web application's demo seed creates.
 */
public final class DemoAccess {

  /** A login: user name (an e-mail address for tenant users) and password. */
  public record Login(String user, String password) {}

  /** One address to open, what it is, and who can log in there. */
  public record Entry(String title, String host, String path, String note, List<Login> logins) {

    /** The address on the given HTTP port, for example {@code http://demo.localhost:8080/}. */
    public String url(int httpPort) {
      return "http://" + host + ":" + httpPort + path;
    }
  }

  /** Password of every demo tenant user. */
  public static final String DEMO_PASSWORD = "demo12345";

  /** Slug of the main demo tenant. */
  public static final String DEMO_TENANT = "demo";

  /** Slug of the second demo tenant. */
  public static final String ACME_TENANT = "acme";

  /** Administrator of the tenant "demo". */
  public static final Login DEMO_ADMIN = new Login("admin@demo.test", DEMO_PASSWORD);

  /** A user of the tenant "demo". */
  public static final Login DEMO_IVANOVA = new Login("ivanova@demo.test", DEMO_PASSWORD);

  /** Another user of the tenant "demo". */
  public static final Login DEMO_PETROV = new Login("petrov@demo.test", DEMO_PASSWORD);

  /** Administrator of the tenant "acme". */
  public static final Login ACME_ADMIN = new Login("admin@acme.test", DEMO_PASSWORD);

  /** The operator of the tenant-admin console. */
  public static final Login OPERATOR = new Login("operator", "operator12345");

  private DemoAccess() {}

  /** What {@code run} prints once the server is ready, in this order. */
  public static List<Entry> entries() {
    return List.of(
        new Entry(
            "Tenant \"" + DEMO_TENANT + "\"",
            DEMO_TENANT + ".localhost",
            "/",
            "",
            List.of(DEMO_ADMIN, DEMO_IVANOVA, DEMO_PETROV)),
        new Entry(
            "Tenant \"" + ACME_TENANT + "\"",
            ACME_TENANT + ".localhost",
            "/",
            "",
            List.of(ACME_ADMIN)),
        new Entry(
            "Any tenant",
            "localhost",
            "/",
            "choose the company on the login form (demo or acme)",
            List.of()),
        new Entry("Tenant admin", "localhost", "/tenant-admin/", "", List.of(OPERATOR)));
  }

  /** The printable list of addresses and logins. */
  public static String describe(int httpPort) {
    StringBuilder out = new StringBuilder();
    for (Entry e : entries()) {
      out.append(String.format("  %-16s %s%n", e.title(), e.url(httpPort)));
      if (!e.note().isEmpty()) {
        out.append(String.format("  %-16s   %s%n", "", e.note()));
      }
      for (Login login : e.logins()) {
        out.append(String.format("  %-16s   %s / %s%n", "", login.user(), login.password()));
      }
    }
    return out.toString();
  }
}
