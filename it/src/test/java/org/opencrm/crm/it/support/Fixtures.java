package org.opencrm.crm.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Creates tenants, users and contacts through the test fixture servlet that the suite adds to the
 * deployed application (see {@code org.opencrm.crm.it.fixtures}). Every tenant gets a unique slug,
 * so tests never share data.
 */
public final class Fixtures {

  /** The password of every fixture user. */
  public static final String PASSWORD = "Passw0rd-test";

  private Fixtures() {}

  /** A new tenant with an administrator and two managers in different departments. */
  public record TestTenant(String slug, String schema) {
    public String admin() {
      return "admin@" + slug + ".test";
    }

    public String manager1() {
      return "m1@" + slug + ".test";
    }

    public String manager2() {
      return "m2@" + slug + ".test";
    }

    /** Head of "Sales", which holds "Sales 1" and "Sales 2". */
    public String salesHead() {
      return "head@" + slug + ".test";
    }

    /** Head of "Sales 1" only. */
    public String sales1Head() {
      return "head1@" + slug + ".test";
    }

    /** A client logged in as one of the tenant's users. */
    public CrmClient as(String email) {
      return new CrmClient(slug).loggedIn(email, PASSWORD);
    }

    /** Issues an API token as the tenant's administrator in the UI; checks it is shown once. */
    public String apiToken(String purpose, boolean readOnly) {
      CrmClient admin = as(admin());
      FacesForm form =
          FacesForm.of(admin.browser(), admin.get("/app/api-tokens.xhtml"), "tokens")
              .set("tokens:name", purpose);
      if (readOnly) {
        form.set("tokens:readOnly_input", "on");
      }
      WebResponse page = form.press("tokens:issue");
      String token = org.jsoup.Jsoup.parse(page.body()).select("#issued-token").text();
      assertEquals(64, token.length(), page::toString);
      org.junit.jupiter.api.Assertions.assertFalse(
          admin.get("/app/api-tokens.xhtml").body().contains(token),
          "the token is shown only once");
      return token;
    }

    /** A number read behind the application's back, such as a {@code SELECT COUNT(*)}. */
    public long count(String sql) {
      try (java.sql.Connection c = TestEnvironment.connect(schema);
          java.sql.Statement st = c.createStatement();
          java.sql.ResultSet r = st.executeQuery(sql)) {
        r.next();
        return r.getLong(1);
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(sql, e);
      }
    }

    /** Creates contacts owned by a user; returns their ids. */
    public List<Long> contacts(String ownerEmail, String prefix, int count) {
      WebResponse answer =
          new HttpBrowser()
              .timeout(java.time.Duration.ofMinutes(2))
              .postForm(
                  TestEnvironment.appUrl(
                      "/test-fixtures/contacts?slug="
                          + slug
                          + "&owner="
                          + enc(ownerEmail)
                          + "&prefix="
                          + enc(prefix)
                          + "&count="
                          + count),
                  Map.of());
      assertEquals(200, answer.status(), answer::toString);
      return answer.body().isBlank()
          ? List.of()
          : Arrays.stream(answer.body().split("\n")).map(Long::valueOf).toList();
    }
  }

  /** A unique slug with a readable stem, e.g. {@code iso-a-k3x9q}. */
  public static String uniqueSlug(String stem) {
    String chars = "abcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder s = new StringBuilder(stem).append('-');
    for (int i = 0; i < 5; i++) {
      s.append(chars.charAt(ThreadLocalRandom.current().nextInt(chars.length())));
    }
    return s.toString();
  }

  /** Creates a tenant with a unique slug. */
  public static TestTenant tenant(String stem) {
    String slug = uniqueSlug(stem);
    WebResponse answer =
        new HttpBrowser()
            .timeout(java.time.Duration.ofMinutes(2))
            .postForm(TestEnvironment.appUrl("/test-fixtures/tenant?slug=" + slug), Map.of());
    assertEquals(200, answer.status(), answer::toString);
    return new TestTenant(slug, answer.body().strip());
  }

  /** Gives a user another role, as the employees screen will (ends the user's sessions). */
  public static void changeRole(String slug, String email, String role) {
    post("/test-fixtures/user-role?slug=" + slug + "&email=" + enc(email) + "&role=" + role);
  }

  /** Deactivates a user, as the employees screen will. */
  public static void deactivate(String slug, String email) {
    post("/test-fixtures/user-deactivate?slug=" + slug + "&email=" + enc(email));
  }

  private static void post(String pathAndQuery) {
    WebResponse answer = new HttpBrowser().postForm(TestEnvironment.appUrl(pathAndQuery), Map.of());
    assertEquals(200, answer.status(), answer::toString);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
