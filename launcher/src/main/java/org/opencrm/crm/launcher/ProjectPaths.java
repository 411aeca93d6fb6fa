package org.opencrm.crm.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where things are in a checkout: the build's outputs and the cache folder {@code .crm/}, which
 * survives {@code mvn clean} and holds the unpacked server, the embedded database and run state.
 *
 * @param projectDir the project root (the folder with the parent pom.xml)
 */
public record ProjectPaths(Path projectDir) {

  /**
   * The project root given by the system property {@code crm.project.dir}, else the current one.
   */
  public static ProjectPaths fromSystem() {
    String dir = System.getProperty("crm.project.dir", "");
    Path path = dir.isBlank() ? Path.of("") : Path.of(dir);
    return new ProjectPaths(path.toAbsolutePath().normalize());
  }

  /** Checks that this looks like the project root. */
  public ProjectPaths requireProject() {
    if (!Files.isRegularFile(projectDir.resolve("pom.xml"))
        || !Files.isDirectory(projectDir.resolve("server"))) {
      throw new IllegalStateException(
          projectDir + " is not the project root; run from there or set -Dcrm.project.dir");
    }
    return this;
  }

  /** The WildFly version the build lays out. */
  public static String wildflyVersion() {
    Properties props = new Properties();
    try (InputStream in = ProjectPaths.class.getResourceAsStream("build.properties")) {
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props.getProperty("wildfly.version");
  }

  /** The cache folder. */
  public Path cacheDir() {
    return projectDir.resolve(".crm");
  }

  /** The unpacked WildFly installation (JBOSS_HOME). */
  public Path wildflyHome() {
    return cacheDir().resolve("wildfly-" + wildflyVersion());
  }

  /** The configured server base folder made by the server module; copied for every use. */
  public Path pristineServerBase() {
    return projectDir.resolve("server/target/wildfly-base");
  }

  /** The tenant users' application. */
  public Path crmWar() {
    return projectDir.resolve("web/target/crm.war");
  }

  /** The operators' console. */
  public Path tenantAdminWar() {
    return projectDir.resolve("tenant-admin/target/tenant-admin.war");
  }

  /** Where the embedded MariaDB's binaries are unpacked (shared by run and the tests). */
  public Path mariaDbBaseDir() {
    return cacheDir().resolve("mariadb/base");
  }

  /** The data folder of the embedded MariaDB that {@code run} uses; kept between runs. */
  public Path mariaDbDataDir() {
    return cacheDir().resolve("mariadb/data");
  }

  /** The state of {@code run}: its server base folder, log and properties. */
  public Path runDir() {
    return cacheDir().resolve("run");
  }
}
