package org.opencrm.crm.it.support;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * What a test needs to know about the run it is part of: the database the server uses, the schema
 * names of this run, and the server's address. Everything is read from system properties that
 * {@link TestRunSession} sets before the first test class starts (and that arquillian.xml uses to
 * start the server).
 *
 * <p>Every run gets its own schema names, so runs never see each other's data and a shared database
 * server is left clean: the control schema is {@code <run prefix>control} and tenant schemas are
 * {@code <run prefix>t_<slug>}, with a run prefix such as {@code crm_it_k3x9qa_}.
 */
public final class TestEnvironment {

  /** Which database the run uses: {@code auto} (default), {@code server} or {@code embedded}. */
  public static final String DB_CHOICE = "crm.it.db";

  /** The database actually used: {@code server} or {@code embedded}. */
  public static final String DB_MODE = "crm.it.db.mode";

  /**
   * The user the test server's applications log in with: {@code <run prefix>app}, made for the run
   * with rights on the run's schemas only (on the embedded database, which checks no logins, it is
   * just a name).
   */
  public static final String APP_USER = "crm.it.db.app-user";

  /** The password of {@link #APP_USER}, random per run. */
  public static final String APP_PASSWORD = "crm.it.db.app-password";

  /** Database host (input in server mode; default 127.0.0.1). */
  public static final String DB_HOST = "crm.it.db.host";

  /** Database port (input in server mode; default 3306). */
  public static final String DB_PORT = "crm.it.db.port";

  /**
   * Administrative database user, for the harness and for tests that check rows (input in server
   * mode; default root).
   */
  public static final String DB_USER = "crm.it.db.user";

  /** The administrative user's password (input in server mode; default empty). */
  public static final String DB_PASSWORD = "crm.it.db.password";

  /** The run's schema prefix, for example {@code crm_it_k3x9qa_}. */
  public static final String RUN_PREFIX = "crm.it.run.prefix";

  /** The control schema of this run: {@code <run prefix>control}. */
  public static final String CONTROL_SCHEMA = "crm.it.db.control-schema";

  /** The tenant schema prefix of this run: {@code <run prefix>t_}. */
  public static final String TENANT_SCHEMA_PREFIX = "crm.it.db.tenant-schema-prefix";

  /** The test server's HTTP port (8080 + offset). */
  public static final String HTTP_PORT = "crm.it.http.port";

  /** The test server's management port (9990 + offset). */
  public static final String MANAGEMENT_PORT = "crm.it.management.port";

  /** The test server's base folder (a fresh copy of server/target/wildfly-base). */
  public static final String SERVER_BASE_DIR = "crm.it.server.base.dir";

  /** Port offset of the test server (input; default 100). */
  public static final String PORT_OFFSET = "crm.it.port-offset";

  /** Name of this failsafe run ({@code server} or {@code embedded}); names folders in target/. */
  public static final String RUN_NAME = "crm.it.run.name";

  /** The unpacked WildFly the tests start (input; default .crm/wildfly-<version>). */
  public static final String WILDFLY_HOME = "crm.it.wildfly.home";

  /** Heap and other JVM options of the test server (input; default -Xms256m -Xmx1g). */
  public static final String SERVER_JVM = "crm.it.server.jvm";

  /**
   * Whether the web application creates the demo tenants when the test server starts (input;
   * default true). The server gets it as {@code crm.demo.seed}.
   */
  public static final String DEMO_SEED = "crm.it.demo.seed";

  /** The project root (input). */
  public static final String PROJECT_DIR = "crm.project.dir";

  /** The port of the run's SMTP server (GreenMail in the test JVM), where the server sends mail. */
  public static final String SMTP_PORT = "crm.it.smtp.port";

  private TestEnvironment() {}

  /** {@code server} or {@code embedded}. */
  public static String dbMode() {
    return required(DB_MODE);
  }

  /** True when the run uses the embedded MariaDB (11.4). */
  public static boolean embeddedDb() {
    return "embedded".equals(dbMode());
  }

  /** The run's schema prefix, for example {@code crm_it_k3x9qa_}. */
  public static String runPrefix() {
    return required(RUN_PREFIX);
  }

  /** The control schema of this run. */
  public static String controlSchema() {
    return required(CONTROL_SCHEMA);
  }

  /** The tenant schema prefix of this run. */
  public static String tenantSchemaPrefix() {
    return required(TENANT_SCHEMA_PREFIX);
  }

  /** The schema of a tenant in this run: tenant schema prefix + slug, dashes as underscores. */
  public static String tenantSchema(String slug) {
    return tenantSchemaPrefix() + slug.replace('-', '_');
  }

  /** The test server's HTTP port. */
  public static int httpPort() {
    return Integer.parseInt(required(HTTP_PORT));
  }

  /**
   * An address on the test server under a host name, for example {@code url("demo.localhost",
   * "/login")} → {@code http://demo.localhost:8180/login}. Use {@link HttpBrowser} to fetch it:
   * Java cannot resolve {@code *.localhost} names by itself.
   */
  public static URI url(String host, String path) {
    return URI.create(
        "http://" + host + ":" + httpPort() + (path.startsWith("/") ? "" : "/") + path);
  }

  /** An address on a tenant's own host: {@code http://<slug>.localhost:<port><path>}. */
  public static URI tenantUrl(String slug, String path) {
    return url(slug + ".localhost", path);
  }

  /** An address on the bare host, where the company is chosen on the login form. */
  public static URI appUrl(String path) {
    return url("localhost", path);
  }

  /** An address in the tenant-admin console: {@code http://localhost:<port>/tenant-admin<path>}. */
  public static URI tenantAdminUrl(String path) {
    return url("localhost", "/tenant-admin" + (path.startsWith("/") ? "" : "/") + path);
  }

  /** A JDBC URL (MySQL Connector/J) for a schema of this run's database; null for no schema. */
  public static String jdbcUrl(String schema) {
    return "jdbc:mysql://"
        + required(DB_HOST)
        + ":"
        + required(DB_PORT)
        + "/"
        + (schema == null ? "" : schema)
        + "?connectionTimeZone=%2B00:00&characterEncoding=UTF-8&sslMode=DISABLED"
        + "&allowPublicKeyRetrieval=true";
  }

  /**
   * A new JDBC connection as the administrative user to a schema of this run's database (null: no
   * default schema), for checking rows behind the application's back. Close it.
   */
  public static Connection connect(String schema) throws SQLException {
    return DriverManager.getConnection(
        jdbcUrl(schema), required(DB_USER), System.getProperty(DB_PASSWORD, ""));
  }

  /** A connection to this run's control schema. Close it. */
  public static Connection connectControl() throws SQLException {
    return connect(controlSchema());
  }

  /** A connection to a tenant's schema in this run. Close it. */
  public static Connection connectTenant(String slug) throws SQLException {
    return connect(tenantSchema(slug));
  }

  /** Waits between two looks at something that happens in the background. */
  public static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The project root. */
  public static Path projectDir() {
    return Path.of(System.getProperty(PROJECT_DIR, "..")).toAbsolutePath().normalize();
  }

  static String required(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(
          "System property "
              + name
              + " is not set: the test run was not prepared by "
              + TestRunSession.class.getSimpleName()
              + " (registered in META-INF/services); run the tests through failsafe"
              + " (mvn verify) or set the properties by hand");
    }
    return value;
  }
}
