package org.opencrm.crm.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base class of integration tests that need the tenant users' application ({@code crm.war}) only.
 * Arquillian deploys it once per test class (which costs several seconds, so prefer few test
 * classes with several test methods each) and tests talk to it over HTTP, for example with {@link
 * HttpBrowser} and the addresses of {@link TestEnvironment}.
 *
 * <p>Name subclasses {@code *IT} so failsafe runs them, and tag the ones that must also pass
 * against the embedded MariaDB 11.4 with {@code @Tag("smoke")}.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class CrmAppTestBase {

  /** The tenant users' application as built. */
  @Deployment(name = Deployments.CRM, testable = false)
  public static WebArchive crmDeployment() {
    return Deployments.crmWar();
  }
}
