package org.opencrm.crm.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The development launcher behind {@code ./crm run}: starts the database (the configured one, or an
 * embedded MariaDB), lays out and starts WildFly with both applications, waits until the demo data
 * is ready, prints where to go and how to log in, and keeps everything running until Ctrl+C.
 */
public final class Launcher {

  /** WildFly's HTTP port when no offset is applied; every other port moves with it. */
  private static final int BASE_HTTP_PORT = 8080;

  private static final int BASE_MANAGEMENT_PORT = 9990;

  /** The tenant users' application is deployed as ROOT.war, which serves the root context. */
  static final String CRM_DEPLOYMENT = "ROOT.war";

  /** The operators' console keeps its name and so serves /tenant-admin. */
  static final String TENANT_ADMIN_DEPLOYMENT = "tenant-admin.war";

  /**
   * How long {@code run} accepts {@code "demo":"OFF"} from a server started with {@code
   * crm.demo.seed=true} before it goes on without demo data. A build that seeds reports PENDING or
   * READY as soon as {@code /health} answers, so OFF past this grace means the build in hand does
   * not seed (yet). Set to a very large value to make OFF-with-seeding a failure instead.
   */
  static final Duration DEMO_OFF_GRACE = Duration.ofSeconds(10);

  private static final PrintStream OUT = System.out;

  private final ProjectPaths paths;
  private final LauncherConfig config;
  private volatile WildFlyServer server;
  private volatile EmbeddedMariaDb embeddedDb;
  private volatile boolean shuttingDown;
  private FileLock runLock;

  Launcher(ProjectPaths paths, LauncherConfig config) {
    this.paths = paths;
    this.config = config;
  }

  /**
   * Entry point: {@code run} (the default) or {@code help}.
   *
   * @param args the mode
   */
  public static void main(String[] args) {
    quietLibraryLogging();
    String mode = args.length == 0 ? "run" : args[0];
    try {
      switch (mode) {
        case "run" -> {
          ProjectPaths paths = ProjectPaths.fromSystem().requireProject();
          LauncherConfig config = LauncherConfig.load(paths.projectDir(), System.getenv());
          System.exit(new Launcher(paths, config).run());
        }
        case "help", "-h", "--help" -> usage(OUT);
        default -> {
          usage(System.err);
          System.exit(2);
        }
      }
    } catch (LaunchException | IOException | IllegalArgumentException | IllegalStateException e) {
      System.err.println();
      System.err.println("crm run failed: " + e.getMessage());
      System.exit(1);
    }
  }

  private static void usage(PrintStream out) {
    out.println("Usage: crm run");
    out.println("  Starts the database (configured or embedded), the server with both");
    out.println("  applications and the demo data, and runs until Ctrl+C.");
    out.println(
        "  Settings: crm.properties at the project root (or the file named by CRM_CONFIG),");
    out.println("  overridden by environment variables such as CRM_DB_HOST and CRM_HTTP_PORT.");
  }

  /** Runs until the server stops or the JVM is asked to end; returns the exit code. */
  int run() throws IOException {
    long started = System.nanoTime();
    int httpPort = config.getInt(LauncherConfig.HTTP_PORT, BASE_HTTP_PORT);
    int offset = httpPort - BASE_HTTP_PORT;
    if (offset < 0) {
      throw new LaunchException(
          LauncherConfig.HTTP_PORT + " must be " + BASE_HTTP_PORT + " or higher, not " + httpPort);
    }
    boolean demoSeed = config.getBoolean(LauncherConfig.DEMO_SEED, true);
    Path runDir = paths.runDir();
    Path base = runDir.resolve("wildfly-base");

    config.source().ifPresent(f -> OUT.println("Settings from " + f));
    lockRunDir(runDir);
    int leftovers = WildFlyServer.stopLeftovers(base);
    if (leftovers > 0) {
      OUT.println("Stopped a server left running by an earlier run.");
    }
    requireFree(httpPort, "HTTP (" + LauncherConfig.HTTP_PORT + ")");
    requireFree(BASE_MANAGEMENT_PORT + offset, "management");

    Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "crm-run-shutdown"));
    Map<String, String> db = startDatabase();

    ServerLayout.refresh(paths.pristineServerBase(), base);
    ServerLayout.deploy(base, paths.crmWar(), CRM_DEPLOYMENT);
    ServerLayout.deploy(base, paths.tenantAdminWar(), TENANT_ADMIN_DEPLOYMENT);

    Map<String, String> props = new TreeMap<>(config.serverProperties());
    props.putAll(db);
    props.put(LauncherConfig.DEMO_SEED, Boolean.toString(demoSeed));
    props.put("jboss.socket.binding.port-offset", Integer.toString(offset));
    Path propsFile = writePrivateProperties(runDir.resolve("server.properties"), props);

    Path log = runDir.resolve("server.log");
    OUT.println("Starting WildFly " + ProjectPaths.wildflyVersion() + " (log: " + log + ")");
    server =
        WildFlyServer.start(
            paths.wildflyHome(),
            base,
            propsFile,
            log,
            config.get(LauncherConfig.SERVER_JAVA_SIZING, "-Xms256m -Xmx1g"));

    Duration timeout = Duration.ofSeconds(config.getInt(LauncherConfig.START_TIMEOUT, 300));
    boolean withDemo = awaitReady(httpPort, base, demoSeed, timeout);

    long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
    OUT.println();
    OUT.println("CRM is running (ready in " + seconds + " s). Open:");
    OUT.println();
    if (withDemo) {
      OUT.print(DemoAccess.describe(httpPort));
    } else {
      OUT.printf("  %-16s http://localhost:%d/%n", "Application", httpPort);
      OUT.printf("  %-16s http://localhost:%d/tenant-admin/%n", "Tenant admin", httpPort);
      OUT.println("  (no demo data: the logins printed by a demo run do not exist here)");
    }
    OUT.println();
    OUT.println("Server log: " + log);
    OUT.println("Press Ctrl+C to stop.");

    int exit = waitForServerExit();
    if (shuttingDown) {
      return 0;
    }
    OUT.println("The server stopped by itself (exit code " + exit + "). Last lines of its log:");
    OUT.println(server.logTail(40));
    return 1;
  }

  private Map<String, String> startDatabase() throws IOException {
    Map<String, String> db = new TreeMap<>();
    if (config.hasDatabase()) {
      String host = config.get(LauncherConfig.DB_HOST).orElseThrow();
      int port = config.getInt(LauncherConfig.DB_PORT, 3306);
      OUT.println("Database: " + host + ":" + port + " (configured)");
      db.put(LauncherConfig.DB_HOST, host);
      db.put(LauncherConfig.DB_PORT, Integer.toString(port));
      db.put(LauncherConfig.DB_USER, config.get(LauncherConfig.DB_USER, "root"));
      db.put(LauncherConfig.DB_PASSWORD, config.get(LauncherConfig.DB_PASSWORD, ""));
      return db;
    }
    int port = config.getInt(LauncherConfig.EMBEDDED_DB_PORT, 3407);
    Path dataDir = paths.mariaDbDataDir();
    if (EmbeddedMariaDb.stopLeftovers(dataDir) > 0) {
      OUT.println("Stopped an embedded database left running by an earlier run.");
    }
    requireFree(port, "embedded database (" + LauncherConfig.EMBEDDED_DB_PORT + ")");
    OUT.print("Database: embedded MariaDB on 127.0.0.1:" + port + ", data in " + dataDir + " ...");
    OUT.flush();
    long t0 = System.nanoTime();
    embeddedDb = EmbeddedMariaDb.start(paths.mariaDbBaseDir(), dataDir, port);
    // The launcher provisions its own database like an administrator would: the control schema
    // exists before the applications connect to it.
    embeddedDb.createSchema(config.get(LauncherConfig.DB_CONTROL_SCHEMA, "crm_control"));
    OUT.println(
        " up in " + Duration.ofNanos(System.nanoTime() - t0).toMillis() / 100 / 10.0 + " s");
    db.put(LauncherConfig.DB_HOST, embeddedDb.host());
    db.put(LauncherConfig.DB_PORT, Integer.toString(embeddedDb.port()));
    db.put(LauncherConfig.DB_USER, embeddedDb.user());
    db.put(LauncherConfig.DB_PASSWORD, embeddedDb.password());
    return db;
  }

  /**
   * Waits until both applications are deployed and {@code /health} reports the demo data ready.
   * Returns whether the demo data is there.
   */
  private boolean awaitReady(int httpPort, Path base, boolean demoSeed, Duration timeout)
      throws IOException {
    HealthProbe probe = new HealthProbe(URI.create("http://localhost:" + httpPort + "/"));
    long deadline = System.nanoTime() + timeout.toNanos();
    long firstUp = 0;
    String lastState = "";
    int dots = 0;
    while (true) {
      if (shuttingDown) {
        awaitExit();
      }
      if (!server.isAlive()) {
        throw new LaunchException(
            "the server exited during start-up (exit code "
                + server.exitValue()
                + "). Last lines of its log:\n"
                + server.logTail(60));
      }
      Optional<Path> failed = ServerLayout.failedMarkers(base).findFirst();
      if (failed.isPresent()) {
        throw new LaunchException(
            "deployment failed: "
                + failed.get().getFileName()
                + "\n"
                + Files.readString(failed.get(), StandardCharsets.UTF_8)
                + "\nLast lines of the server log:\n"
                + server.logTail(60));
      }
      boolean deployed =
          Files.exists(ServerLayout.marker(base, CRM_DEPLOYMENT, ".deployed"))
              && Files.exists(ServerLayout.marker(base, TENANT_ADMIN_DEPLOYMENT, ".deployed"));
      Optional<HealthProbe.Health> health = probe.check();
      String state;
      if (health.isEmpty()) {
        state = "waiting for the server";
      } else if (!health.get().up()) {
        state = "health answers " + health.get().httpStatus() + " " + health.get().body();
      } else {
        if (firstUp == 0) {
          firstUp = System.nanoTime();
        }
        state = "demo data: " + health.get().demo();
      }
      if (!deployed && health.isPresent()) {
        state = state + ", deploying";
      }
      if (!state.equals(lastState)) {
        OUT.print((dots > 0 || !lastState.isEmpty() ? System.lineSeparator() : "") + "  " + state);
        lastState = state;
        dots = 0;
      } else {
        OUT.print('.');
        dots++;
      }
      OUT.flush();

      if (deployed && health.isPresent() && health.get().up()) {
        String demo = health.get().demo();
        switch (demo) {
          case "READY" -> {
            OUT.println();
            return true;
          }
          case "FAILED" ->
              throw new LaunchException(
                  "creating the demo data failed. Last lines of the server log:\n"
                      + server.logTail(80));
          case "OFF" -> {
            if (!demoSeed) {
              OUT.println();
              return false;
            }
            // TODO(demo seed): once the web application seeds, OFF with crm.demo.seed=true is a
            // defect; the grace period below can then go and OFF can fail the run.
            if (System.nanoTime() - firstUp > DEMO_OFF_GRACE.toNanos()) {
              OUT.println();
              OUT.println(
                  "  Warning: the application reports no demo data (\"demo\":\"OFF\") although"
                      + " crm.demo.seed=true; this build does not seed. Going on without it.");
              return false;
            }
          }
          default -> {
            // PENDING or anything new: keep waiting
          }
        }
      }
      if (System.nanoTime() > deadline) {
        throw new LaunchException(
            "not ready after "
                + timeout.toSeconds()
                + " s (last state: "
                + lastState
                + "). Last lines of the server log:\n"
                + server.logTail(60));
      }
      sleep(Duration.ofSeconds(1));
    }
  }

  /** Lets the shutdown hook finish while the JVM exits; never returns. */
  private static void awaitExit() {
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private int waitForServerExit() {
    while (true) {
      try {
        if (!server.isAlive()) {
          return server.exitValue();
        }
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1;
      }
    }
  }

  /** Stops the server (its whole process tree), then the embedded database. Runs once. */
  private synchronized void shutdown() {
    if (shuttingDown) {
      return;
    }
    shuttingDown = true;
    WildFlyServer s = server;
    EmbeddedMariaDb db = embeddedDb;
    if (s != null && s.isAlive()) {
      System.err.println(System.lineSeparator() + "Stopping the server...");
      s.stop(Duration.ofSeconds(30));
    }
    if (db != null) {
      System.err.println("Stopping the embedded database...");
      try {
        db.stop();
      } catch (RuntimeException e) {
        System.err.println("  " + e.getMessage());
      }
    }
    System.err.println("Stopped.");
  }

  /**
   * Makes sure this is the only launcher of this checkout: holds a lock on {@code
   * .crm/run/launcher.lock} for the life of the JVM (the system releases it however the process
   * ends). Whatever still runs from the run folder after that is a leftover of a killed launcher.
   */
  private void lockRunDir(Path runDir) throws IOException {
    Files.createDirectories(runDir);
    FileChannel channel =
        FileChannel.open(
            runDir.resolve("launcher.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new LaunchException(
          "another crm run of this checkout is running; stop it first (Ctrl+C in its terminal)");
    }
    runLock = lock;
  }

  private static Path writePrivateProperties(Path file, Map<String, String> values)
      throws IOException {
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(file);
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
    }
    Properties props = new Properties();
    props.putAll(values);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      props.store(out, "Written by crm run; the database password is in here: keep private");
    }
    return file;
  }

  private static void requireFree(int port, String what) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
    } catch (IOException nothingListens) {
      return;
    }
    throw new LaunchException(
        "port "
            + port
            + " for the "
            + what
            + " is taken by another program (another crm run?). Stop it or choose another port.");
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LaunchException("interrupted");
    }
  }

  /** The embedded database's library logs every line the server prints; keep warnings only. */
  private static void quietLibraryLogging() {
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
  }

  /** A start-up failure with a message meant for the person at the terminal. */
  static final class LaunchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LaunchException(String message) {
      super(message);
    }
  }
}
