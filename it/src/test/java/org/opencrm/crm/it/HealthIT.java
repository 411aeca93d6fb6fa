package org.opencrm.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.it.support.CrmAppTestBase;
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
  void tenantHostReachesTheSameServer() {
    WebResponse health = new HttpBrowser().get(TestEnvironment.tenantUrl("demo", "/health"));

    assertEquals(200, health.status(), health::toString);
  }
}
