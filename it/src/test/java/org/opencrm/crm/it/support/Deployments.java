package org.opencrm.crm.it.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.opencrm.crm.it.fixtures.TestFixtureServlet;

/**
 * The real applications as the build made them, for {@code @Deployment(testable = false)} methods.
 * The archive names decide the context roots, as they do for {@code ./crm run}: the tenant users'
 * application ({@code web/target/crm.war}) is deployed as {@code ROOT.war} and serves {@code /},
 * the operators' console as {@code tenant-admin.war} and serves {@code /tenant-admin}.
 */
public final class Deployments {

  /** Deployment name of the tenant users' application, for {@code @OperateOnDeployment}. */
  public static final String CRM = "crm";

  /** Deployment name of the operators' console, for {@code @OperateOnDeployment}. */
  public static final String TENANT_ADMIN = "tenant-admin";

  private Deployments() {}

  /**
   * {@code web/target/crm.war}, named {@code ROOT.war}, with the test fixture servlet added (it
   * creates tenants, users and contacts for the tests; the product's own archive has no such
   * thing).
   */
  public static WebArchive crmWar() {
    return war("web/target/crm.war", "ROOT.war").addPackage(TestFixtureServlet.class.getPackage());
  }

  /** {@code tenant-admin/target/tenant-admin.war}. */
  public static WebArchive tenantAdminWar() {
    return war("tenant-admin/target/tenant-admin.war", "tenant-admin.war");
  }

  private static WebArchive war(String relativePath, String name) {
    Path file = TestEnvironment.projectDir().resolve(relativePath);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(file + " is missing: build the project first (mvn verify)");
    }
    return ShrinkWrap.create(ZipImporter.class, name)
        .importFrom(file.toFile())
        .as(WebArchive.class);
  }
}
