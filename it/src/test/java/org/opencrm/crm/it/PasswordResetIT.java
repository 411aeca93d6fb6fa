package org.opencrm.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
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
import org.opencrm.crm.it.support.TestMail;
import org.opencrm.crm.it.support.WebResponse;

/**
 * Password reset by e-mail through a real SMTP server (GreenMail): the link arrives, works once,
 * ends the user's sessions, and the page never tells whether an address belongs to a user. Failed
 * logins and resets show in the user's login history.
 */
class PasswordResetIT extends CrmAppTestBase {

  private static final Pattern LINK = Pattern.compile("(https?://\\S+/reset-password\\.xhtml\\S+)");

  private static TestTenant tenant;

  @BeforeAll
  static void createTenant() {
    tenant = Fixtures.tenant("reset");
  }

  @Test
  void theLinkFromTheMailSetsANewPasswordOnceAndEndsOtherSessions() throws Exception {
    String user = tenant.manager1();
    CrmClient elsewhere = tenant.as(user);
    assertEquals("/app/contacts.xhtml", elsewhere.get("/app/contacts.xhtml").path());

    WebResponse sent = requestReset(new CrmClient(tenant.slug()), user);
    assertTrue(sent.body().contains("a link to set a new password is on its way"), sent::toString);
    MimeMessage mail = TestMail.awaitTo(user, Duration.ofSeconds(20));
    String text = mail.getContent().toString();
    assertTrue(mail.getSubject().contains("Компания " + tenant.slug()), mail.getSubject());
    Matcher m = LINK.matcher(text);
    assertTrue(m.find(), text);
    URI link = URI.create(m.group(1));
    assertEquals(tenant.slug() + ".localhost", link.getHost(), "the link goes to the company");

    CrmClient resetter = new CrmClient(tenant.slug());
    WebResponse page = resetter.get(link.getRawPath() + "?" + link.getRawQuery());
    assertTrue(page.body().contains(user), "the page says whose password it sets");

    WebResponse weak =
        FacesForm.of(resetter.browser(), page, "reset")
            .set("reset:password", "short")
            .set("reset:repeat", "short")
            .press("reset:submit");
    assertTrue(weak.body().contains("At least 10 characters"), weak::toString);

    String newPassword = "Fresh-passw0rd-42";
    WebResponse done =
        FacesForm.of(resetter.browser(), weak, "reset")
            .set("reset:password", newPassword)
            .set("reset:repeat", newPassword)
            .press("reset:submit");
    assertEquals("/login.xhtml", done.path(), done::toString);
    assertTrue(done.body().contains("Your password has been changed"), done::toString);

    WebResponse ended = elsewhere.get("/app/contacts.xhtml");
    assertEquals("/login.xhtml", ended.path(), "the session from before the reset has ended");

    WebResponse again =
        new CrmClient(tenant.slug()).get(link.getRawPath() + "?" + link.getRawQuery());
    assertTrue(again.body().contains("expired or has already been used"), again::toString);
    assertTrue(Jsoup.parse(again.body()).select("form#reset").isEmpty(), "no form on a used link");

    assertEquals(
        "/login.xhtml",
        new CrmClient(tenant.slug()).login(user, Fixtures.PASSWORD).path(),
        "the old password no longer works");
    String history =
        Jsoup.parse(
                new CrmClient(tenant.slug())
                    .loggedIn(user, newPassword)
                    .get("/app/profile.xhtml")
                    .body())
            .select("#logins")
            .text();
    assertTrue(history.contains("Password reset by e-mail"), history);
    assertTrue(history.contains("Wrong password"), "the failed login with the old one: " + history);
  }

  @Test
  void aSubmitWithoutItsPagesNonceIsRefusedBeforeAnythingRuns() {
    CrmClient client = new CrmClient(tenant.slug());
    WebResponse form = client.get("/forgot-password.xhtml");
    WebResponse refused =
        FacesForm.of(client.browser(), form, "forgot")
            .set("forgot:email", tenant.sales1Head())
            .withoutNonce()
            .press("forgot:submit");
    assertEquals(400, refused.status(), refused::toString);
    assertTrue(refused.body().contains("Please reload the page"), refused::body);
    TestEnvironment.pause(1500);
    assertTrue(TestMail.to(tenant.sales1Head()).isEmpty(), "refused before anything ran: no mail");
  }

  @Test
  void unknownAddressesGetTheSameAnswerAndNoMail() {
    String nobody = "nobody-" + System.nanoTime() + "@" + tenant.slug() + ".test";
    WebResponse sent = requestReset(new CrmClient(tenant.slug()), nobody);
    assertTrue(sent.body().contains("a link to set a new password is on its way"), sent::toString);
    TestEnvironment.pause(1500);
    assertTrue(TestMail.to(nobody).isEmpty(), "no mail for an address nobody uses");
  }

  @Test
  void aUserGetsAtMostThreeLinksAnHour() {
    String user = tenant.salesHead();
    for (int i = 0; i < 5; i++) {
      requestReset(new CrmClient(tenant.slug()), user);
    }
    TestMail.awaitTo(user, Duration.ofSeconds(20));
    TestEnvironment.pause(
        3000); // the mails are sent in the background: give any fourth one time to arrive
    assertEquals(3, TestMail.to(user).size());
  }

  @Test
  void forgedAndEmptyTokensShowTheExpiredMessage() {
    CrmClient client = new CrmClient(tenant.slug());
    for (String query : new String[] {"?token=forged", "", "?token=" + "x".repeat(5000)}) {
      WebResponse page = client.get("/reset-password.xhtml" + query);
      assertEquals(200, page.status(), query);
      assertTrue(page.body().contains("expired or has already been used"), page::toString);
    }
  }

  @Test
  void onTheBareAddressTheCompanyTravelsWithTheLink() throws Exception {
    String user = tenant.manager2();
    HttpBrowser browser = new HttpBrowser();
    WebResponse form = browser.get(TestEnvironment.appUrl("/forgot-password.xhtml"));
    WebResponse sent =
        FacesForm.of(browser, form, "forgot")
            .set("forgot:company", tenant.slug())
            .set("forgot:email", user)
            .press("forgot:submit");
    assertTrue(sent.body().contains("on its way"), sent::toString);
    Matcher m =
        LINK.matcher(TestMail.awaitTo(user, Duration.ofSeconds(20)).getContent().toString());
    assertTrue(m.find());
    URI link = URI.create(m.group(1));
    assertEquals("localhost", link.getHost());
    assertTrue(link.getRawQuery().contains("company=" + tenant.slug()), link.toString());
    WebResponse page =
        browser.get(TestEnvironment.appUrl(link.getRawPath() + "?" + link.getRawQuery()));
    assertTrue(page.body().contains(user), page::body);
    assertFalse(page.body().contains("has already been used"), page::toString);
  }

  private static WebResponse requestReset(CrmClient client, String email) {
    WebResponse form = client.get("/forgot-password.xhtml");
    return FacesForm.of(client.browser(), form, "forgot")
        .set("forgot:email", email)
        .press("forgot:submit");
  }
}
