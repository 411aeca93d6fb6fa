package org.opencrm.crm.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base class of integration tests that need both applications: the tenant users' ({@code crm.war},
 * at {@code /}) and the operators' console ({@code tenant-admin.war}, at {@code /tenant-admin}),
 * for example to create a tenant as an operator and then log in to it. See {@link CrmAppTestBase}
 * for the conventions.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class AllAppsTestBase {

  /** The tenant users' application as built; deployed first. */
  @Deployment(name = Deployments.CRM, testable = false, order = 1)
  public static WebArchive crmDeployment() {
    return Deployments.crmWar();
  }

  /** The operators' console as built. */
  @Deployment(name = Deployments.TENANT_ADMIN, testable = false, order = 2)
  public static WebArchive tenantAdminDeployment() {
    return Deployments.tenantAdminWar();
  }
}
