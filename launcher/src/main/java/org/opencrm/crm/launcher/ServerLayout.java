package org.opencrm.crm.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Server base folders ({@code jboss.server.base.dir}) made from the configured one that the build
 * leaves in {@code server/target/wildfly-base}. Every use (run, each test run) gets its own copy,
 * so the pristine folder and the server installation's own {@code standalone/} stay untouched.
 */
public final class ServerLayout {

  private ServerLayout() {}

  /**
   * Prepares a base folder for {@code run}: {@code configuration/} replaced by the pristine one,
   * {@code deployments/} emptied and {@code tmp/} cleared; {@code data/} and {@code log/} are kept.
   *
   * @return {@code target}
   */
  public static Path refresh(Path pristine, Path target) throws IOException {
    requireConfigured(pristine);
    FileTrees.deleteRecursively(target.resolve("configuration"));
    FileTrees.copyRecursively(pristine.resolve("configuration"), target.resolve("configuration"));
    FileTrees.deleteRecursively(target.resolve("configuration/standalone_xml_history"));
    FileTrees.deleteRecursively(target.resolve("deployments"));
    FileTrees.deleteRecursively(target.resolve("tmp"));
    Files.createDirectories(target.resolve("deployments"));
    return target;
  }

  /**
   * Makes a new base folder with only the pristine configuration: whatever was in {@code target} is
   * deleted first. Meant for test runs.
   *
   * @return {@code target}
   */
  public static Path fresh(Path pristine, Path target) throws IOException {
    requireConfigured(pristine);
    FileTrees.deleteRecursively(target);
    return refresh(pristine, target);
  }

  /**
   * Copies an archive into the folder's {@code deployments/}, for the deployment scanner, under the
   * given name (which sets the context root unless the archive names one: {@code ROOT.war} serves
   * {@code /}, {@code tenant-admin.war} serves {@code /tenant-admin}).
   */
  public static Path deploy(Path base, Path archive, String name) throws IOException {
    if (!Files.isRegularFile(archive)) {
      throw new IOException(archive + " is missing: build the project first (mvn install)");
    }
    Path target = base.resolve("deployments").resolve(name);
    Files.copy(archive, target, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  /** The scanner's marker for an archive: {@code .deployed}, {@code .failed} and so on. */
  public static Path marker(Path base, String archiveName, String suffix) {
    return base.resolve("deployments").resolve(archiveName + suffix);
  }

  /** Names of the archives in {@code deployments/} whose deployment failed. */
  public static Stream<Path> failedMarkers(Path base) throws IOException {
    Path deployments = base.resolve("deployments");
    if (!Files.isDirectory(deployments)) {
      return Stream.empty();
    }
    try (Stream<Path> files = Files.list(deployments)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".failed")).toList().stream();
    }
  }

  private static void requireConfigured(Path pristine) throws IOException {
    if (!Files.isRegularFile(pristine.resolve("configuration/standalone.xml"))) {
      throw new IOException(
          pristine
              + "/configuration/standalone.xml is missing: build the server module first"
              + " (mvn install -DskipTests)");
    }
  }
}
