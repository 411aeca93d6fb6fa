package org.opencrm.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.it.support.CrmAppTestBase;
import org.opencrm.crm.it.support.Fixtures;
import org.opencrm.crm.it.support.HttpBrowser;
import org.opencrm.crm.it.support.TestEnvironment;
import org.opencrm.crm.it.support.WebResponse;

/** The harness itself: the real application deploys on the test server and answers. */
@Tag("smoke")
class HealthIT extends CrmAppTestBase {

  @Test
  void healthAnswersUp() {
    WebResponse health = new HttpBrowser().get(TestEnvironment.appUrl("/health"));

    assertEquals(200, health.status(), health::toString);
    assertTrue(health.body().contains("\"status\":\"UP\""), health::toString);
  }

  @Test
  void livenessAndReadinessAnswerWithoutATenant() {
    WebResponse live = new HttpBrowser().get(TestEnvironment.appUrl("/health/live"));
    assertEquals(200, live.status(), live::toString);
    WebResponse ready = new HttpBrowser().get(TestEnvironment.appUrl("/health/ready"));
    assertEquals(200, ready.status(), ready::toString);
    assertTrue(ready.body().contains("\"database\":\"UP\""), ready::toString);
  }

  @Test
  void everyAnswerCarriesARequestIdAndSecurityHeaders() {
    WebResponse login = new HttpBrowser().get(TestEnvironment.appUrl("/login.xhtml"));
    assertTrue(
        login.header("X-Request-Id").orElse("").matches("[A-Z0-9]{4}-[A-Z0-9]{4}"),
        login::toString);
    assertEquals("DENY", login.header("X-Frame-Options").orElse(""));
    assertEquals("nosniff", login.header("X-Content-Type-Options").orElse(""));
    assertEquals("no-store", login.header("Cache-Control").orElse(""));
    List<String> policies = login.headers().allValues("Content-Security-Policy");
    assertTrue(
        policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies::toString);
    assertTrue(
        policies.stream().anyMatch(p -> p.matches(".*script-src 'self' 'nonce-[^']+'.*")),
        () -> "PrimeFaces' nonce policy: " + policies);
  }

  @Test
  void answersTheServerGivesBeforeTheApplicationCarryTheSecurityHeadersToo() {
    for (java.net.URI uri :
        List.of(
            TestEnvironment.tenantUrl(Fixtures.tenant("headers").slug(), "/app/contacts.xhtml"),
            TestEnvironment.appUrl("/app/"))) {
      WebResponse answer = new HttpBrowser().followRedirects(false).get(uri);
      assertEquals(302, answer.status(), answer::toString);
      assertEquals("DENY", answer.header("X-Frame-Options").orElse(""), uri::toString);
      assertEquals("nosniff", answer.header("X-Content-Type-Options").orElse(""), uri::toString);
      assertTrue(
          answer.header("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"),
          uri::toString);
    }
  }

  @Test
  void foreignHostNamesAreRefused() throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", TestEnvironment.httpPort())) {
      socket
          .getOutputStream()
          .write(
              "GET /login.xhtml HTTP/1.1\r\nHost: crm.evil.example\r\nConnection: close\r\n\r\n"
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String status =
          new java.io.BufferedReader(
                  new java.io.InputStreamReader(
                      socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII))
              .readLine();
      assertTrue(status.startsWith("HTTP/1.1 400"), status);
    }
  }

  @Test
  void tenantHostReachesTheSameServer() {
    WebResponse health = new HttpBrowser().get(TestEnvironment.tenantUrl("demo", "/health"));

    assertEquals(200, health.status(), health::toString);
  }
}
