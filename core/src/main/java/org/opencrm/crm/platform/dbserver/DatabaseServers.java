package org.opencrm.crm.platform.dbserver;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalConnectionFactoryConfigurationSupplier;
import io.agroal.api.configuration.supplier.AgroalConnectionPoolConfigurationSupplier;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.agroal.api.transaction.TransactionIntegration;
import io.agroal.narayana.NarayanaTransactionIntegration;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.opencrm.crm.platform.persistence.DatabaseNames;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * Connections to every database server of the registry. The built-in server is reached through the
 * datasources of the server's configuration; each other server gets two pools of its own, built on
 * first use — so a server registered in the console serves tenants without a restart — and rebuilt
 * when its address or password changes:
 *
 * <ul>
 *   <li>{@link #transactional}: connections enlisted in the running JTA transaction, for the tenant
 *       persistence unit;
 *   <li>{@link #direct}: connections outside any transaction, for schema changes, archives and
 *       usage measurements.
 * </ul>
 */
@ApplicationScoped
public class DatabaseServers {

  private static final Logger LOG = Logger.getLogger(DatabaseServers.class.getName());

  /** How long a server's row is trusted before it is read again (a changed password, say). */
  private static final long ROW_TTL_NANOS = Duration.ofSeconds(30).toNanos();

  @Resource(lookup = "java:jboss/datasources/CrmMigrationDS")
  DataSource builtInDirect;

  @Resource(lookup = "java:jboss/TransactionManager")
  TransactionManager transactionManager;

  @Resource TransactionSynchronizationRegistry synchronizations;

  @Inject DatabaseServerRegistry registry;

  private final Map<String, Pools> pools = new ConcurrentHashMap<>();

  private volatile SecretBox box;

  /** The two pools of one added server, with the row they were built from. */
  private record Pools(
      String fingerprint, AgroalDataSource transactional, AgroalDataSource direct, long readAt) {

    void close() {
      transactional.close();
      direct.close();
    }
  }

  /**
   * The JTA datasource of a server for the tenant persistence unit; null for the built-in server,
   * whose datasource the persistence unit names itself.
   */
  public DataSource transactional(String code) {
    return DatabaseServer.DEFAULT.equals(code) ? null : pools(code).transactional();
  }

  /** A datasource whose connections commit on their own, on the server with this code. */
  public DataSource direct(String code) {
    return DatabaseServer.DEFAULT.equals(code) ? builtInDirect : pools(code).direct();
  }

  /** The box that seals and opens the servers' passwords. */
  public SecretBox secrets() {
    if (box == null) {
      box = SecretBox.ofServer();
    }
    return box;
  }

  /**
   * Connects to a server as entered in the console and checks that it is MySQL or MariaDB, that the
   * login may create schemas, and that it is not the built-in server under another name (its
   * control schema is not there). Returns the server's version.
   *
   * @throws ValidationException with a clear message when any check fails
   */
  public String probe(String host, int port, String username, String password) {
    return probe(host, port, username, password, null);
  }

  /**
   * As {@link #probe(String, int, String, String)}, and also refuses a server already registered
   * under another address.
   *
   * @param code the code of the server being edited, or null for a new one
   */
  public String probe(String host, int port, String username, String password, String code) {
    Properties login = new Properties();
    login.setProperty("user", username);
    login.setProperty("password", password == null ? "" : password);
    login.setProperty("connectTimeout", "5000");
    login.setProperty("socketTimeout", "15000");
    String probeSchema =
        DatabaseNames.tenantSchemaPrefix()
            + "probe_"
            + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = driver().connect(jdbcUrl(host, port), login);
        Statement s = c.createStatement()) {
      String version;
      try (ResultSet r = s.executeQuery("SELECT VERSION()")) {
        r.next();
        version = r.getString(1);
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '"
                  + DatabaseNames.controlSchema().replace("'", "")
                  + "'")) {
        if (r.next()) {
          throw ValidationException.of("host", "dbServer.isBuiltIn");
        }
      }
      try (ResultSet r = s.executeQuery(IDENTITY_QUERY)) {
        if (r.next() && r.getString(1) != null) {
          requireNew(r.getString(1), code);
        }
      }
      try {
        s.execute("CREATE DATABASE `" + probeSchema + "`");
        s.execute("DROP DATABASE `" + probeSchema + "`");
      } catch (SQLException e) {
        throw ValidationException.of("username", "dbServer.noCreateRight", e.getMessage());
      }
      return version;
    } catch (SQLException e) {
      throw ValidationException.of(
          "host", "dbServer.unreachable", host + ":" + port, e.getMessage());
    }
  }

  /** What tells one database server from another, whatever name it is reached by. */
  static final String IDENTITY_QUERY = "SELECT CONCAT(@@hostname, ':', @@port, ':', @@datadir)";

  /**
   * The identity of a registered server (its host name, port and data folder as the server itself
   * reports them), or null when it cannot be reached.
   */
  public String identity(String code) {
    try (Connection c = direct(code).getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(IDENTITY_QUERY)) {
      return r.next() ? r.getString(1) : null;
    } catch (SQLException | RuntimeException e) {
      LOG.log(java.util.logging.Level.FINE, "No identity of database server " + code, e);
      return null;
    }
  }

  /**
   * Refuses a server that is one already registered under another address ({@code localhost} and
   * {@code 127.0.0.1}, a host name and its IP): two entries for one server would count its load
   * twice and make a move "to another server" land on the same one.
   *
   * @param except the code of the server being edited, which may of course match itself
   */
  private void requireNew(String identity, String except) {
    for (DatabaseServer other : registry.list()) {
      if (!other.code().equals(except) && identity.equals(identity(other.code()))) {
        throw ValidationException.of("host", "dbServer.sameAs", other.displayName());
      }
    }
  }

  /** Closes and forgets the pools of a server (after it was changed or removed). */
  public void forget(String code) {
    Pools old = pools.remove(code);
    if (old != null) {
      old.close();
    }
  }

  private Pools pools(String code) {
    Pools current = pools.get(code);
    if (current != null && System.nanoTime() - current.readAt() < ROW_TTL_NANOS) {
      return current;
    }
    return pools.compute(
        code,
        (key, existing) -> {
          DatabaseServer server =
              registry
                  .find(key)
                  .orElseThrow(
                      () -> new IllegalStateException("No database server with code " + key));
          if (existing != null && existing.fingerprint().equals(server.fingerprint())) {
            return new Pools(
                existing.fingerprint(),
                existing.transactional(),
                existing.direct(),
                System.nanoTime());
          }
          if (existing != null) {
            existing.close();
          }
          LOG.info(() -> "Opening connection pools to database server " + key);
          return new Pools(
              server.fingerprint(),
              pool(
                  server,
                  new NarayanaTransactionIntegration(
                      // The transaction log names each resource; the server's own pools use
                      // their JNDI names, these a name of their own.
                      transactionManager, synchronizations, "java:/crm/db-server/" + key),
                  40),
              pool(server, TransactionIntegration.none(), 10),
              System.nanoTime());
        });
  }

  private AgroalDataSource pool(DatabaseServer server, TransactionIntegration tx, int size) {
    String password = secrets().open(server.passwordSecret());
    AgroalConnectionFactoryConfigurationSupplier factory =
        new AgroalConnectionFactoryConfigurationSupplier()
            .jdbcUrl(jdbcUrl(server.host(), server.port()))
            .connectionProviderClass(driver().getClass())
            .principal(new NamePrincipal(server.username()))
            .credential(new SimplePassword(password));
    AgroalConnectionPoolConfigurationSupplier pool =
        new AgroalConnectionPoolConfigurationSupplier()
            .connectionFactoryConfiguration(factory)
            .transactionIntegration(tx)
            .initialSize(0)
            .minSize(0)
            .maxSize(size)
            .acquisitionTimeout(Duration.ofSeconds(15))
            .idleValidationTimeout(Duration.ofSeconds(30))
            .reapTimeout(Duration.ofMinutes(5))
            .maxLifetime(Duration.ofHours(1));
    try {
      return new io.agroal.pool.DataSource(
          new AgroalDataSourceConfigurationSupplier().connectionPoolConfiguration(pool).get());
    } catch (RuntimeException e) {
      throw new IllegalStateException("Cannot build a pool for server " + server.code(), e);
    }
  }

  /** The same connection settings as the built-in server's datasources. */
  static String jdbcUrl(String host, int port) {
    String sslMode =
        System.getProperty("crm.db.ssl-mode", System.getenv().getOrDefault("CRM_DB_SSL_MODE", ""));
    return "jdbc:mysql://"
        + (host.contains(":") ? "[" + host + "]" : host)
        + ":"
        + port
        + "/?connectionTimeZone=%2B00:00&characterEncoding=UTF-8&sslMode="
        + (sslMode.isBlank() ? "PREFERRED" : sslMode.toUpperCase(Locale.ROOT))
        + "&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true";
  }

  private static Driver driver() {
    try {
      return (Driver)
          Class.forName("com.mysql.cj.jdbc.Driver", true, DatabaseServers.class.getClassLoader())
              .getDeclaredConstructor()
              .newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("The MySQL driver is not available to the application", e);
    }
  }

  @PreDestroy
  void closeAll() {
    pools
        .values()
        .forEach(
            p -> {
              try {
                p.close();
              } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Closing a pool failed", e);
              }
            });
    pools.clear();
  }
}
