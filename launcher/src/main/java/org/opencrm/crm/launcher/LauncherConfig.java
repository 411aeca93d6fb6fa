package org.opencrm.crm.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The launcher's settings: a {@code crm.properties} file at the project root (or the file named by
 * the environment variable {@code CRM_CONFIG}), overridden key by key by environment variables.
 *
 * <p>Every key has the form {@code crm.some.key-name}; its environment variable is the key in upper
 * case with dots and hyphens turned into underscores ({@code CRM_SOME_KEY_NAME}). Keys the launcher
 * itself understands are listed as constants below; every other {@code crm.*} key found in the file
 * is handed to the server unchanged as a system property (for example {@code crm.db.pool-size}).
 */
public final class LauncherConfig {

  /** Host of an existing MariaDB/MySQL server; when absent, an embedded MariaDB is started. */
  public static final String DB_HOST = "crm.db.host";

  /** Port of the configured database server (default 3306). */
  public static final String DB_PORT = "crm.db.port";

  /** Database user (default root). */
  public static final String DB_USER = "crm.db.user";

  /** Database password (default empty). */
  public static final String DB_PASSWORD = "crm.db.password";

  /** Name of the control schema (default crm_control, the server's own default). */
  public static final String DB_CONTROL_SCHEMA = "crm.db.control-schema";

  /** Prefix of the tenant schemas (default crm_t_, the server's own default). */
  public static final String DB_TENANT_SCHEMA_PREFIX = "crm.db.tenant-schema-prefix";

  /** HTTP port of the server (default 8080); the other server ports move along with it. */
  public static final String HTTP_PORT = "crm.http.port";

  /** Port of the embedded MariaDB, used only when no database host is configured (default 3407). */
  public static final String EMBEDDED_DB_PORT = "crm.embedded-db.port";

  /** Whether the web application creates the demo tenants at start-up (default true). */
  public static final String DEMO_SEED = "crm.demo.seed";

  /** Heap sizing of the server JVM (default {@code -Xms256m -Xmx1g}). */
  public static final String SERVER_JAVA_SIZING = "crm.server.java-sizing";

  /** How long {@code run} waits for the server and the demo data, in seconds (default 300). */
  public static final String START_TIMEOUT = "crm.run.start-timeout-seconds";

  /** Environment variable naming the configuration file to read instead of crm.properties. */
  public static final String CONFIG_FILE_ENV = "CRM_CONFIG";

  private static final String[] KNOWN_KEYS = {
    DB_HOST,
    DB_PORT,
    DB_USER,
    DB_PASSWORD,
    DB_CONTROL_SCHEMA,
    DB_TENANT_SCHEMA_PREFIX,
    HTTP_PORT,
    EMBEDDED_DB_PORT,
    DEMO_SEED,
    SERVER_JAVA_SIZING,
    START_TIMEOUT
  };

  /** Keys that steer the launcher only and are never handed to the server. */
  private static final String[] LAUNCHER_ONLY_KEYS = {
    HTTP_PORT, EMBEDDED_DB_PORT, SERVER_JAVA_SIZING, START_TIMEOUT
  };

  private final Map<String, String> values;
  private final Optional<Path> source;

  private LauncherConfig(Map<String, String> values, Optional<Path> source) {
    this.values = values;
    this.source = source;
  }

  /**
   * Reads the configuration file (if it exists) and the environment.
   *
   * @param projectDir the project root, where {@code crm.properties} is looked for
   * @param env the environment, usually {@link System#getenv()}
   */
  public static LauncherConfig load(Path projectDir, Map<String, String> env) throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    String configured = env.get(CONFIG_FILE_ENV);
    Path file =
        configured != null && !configured.isBlank()
            ? projectDir.resolve(configured)
            : projectDir.resolve("crm.properties");
    Optional<Path> source = Optional.empty();
    if (Files.isRegularFile(file)) {
      Properties props = new Properties();
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        props.load(in);
      }
      for (String key : props.stringPropertyNames()) {
        if (key.startsWith("crm.")) {
          values.put(key, props.getProperty(key).trim());
        }
      }
      source = Optional.of(file);
    } else if (configured != null && !configured.isBlank()) {
      throw new IOException(CONFIG_FILE_ENV + " names " + file + ", which does not exist");
    }
    for (String key : KNOWN_KEYS) {
      String fromEnv = env.get(envName(key));
      if (fromEnv != null) {
        values.put(key, fromEnv.trim());
      }
    }
    return new LauncherConfig(values, source);
  }

  /** Builds a configuration from explicit values (for tests and tools). */
  public static LauncherConfig of(Map<String, String> values) {
    return new LauncherConfig(new LinkedHashMap<>(values), Optional.empty());
  }

  /** The environment variable that overrides a key: {@code crm.db.host} → {@code CRM_DB_HOST}. */
  public static String envName(String key) {
    return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** The file the settings were read from, if any. */
  public Optional<Path> source() {
    return source;
  }

  /** A value, or empty when neither the file nor the environment sets it (or sets it blank). */
  public Optional<String> get(String key) {
    String value = values.get(key);
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** A value with a default. */
  public String get(String key, String defaultValue) {
    return get(key).orElse(defaultValue);
  }

  /** A whole-number value with a default; a malformed value is an error naming the key. */
  public int getInt(String key, int defaultValue) {
    Optional<String> value = get(key);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.get());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          key + " (" + envName(key) + ") must be a number, not '" + value.get() + "'", e);
    }
  }

  /** A true/false value with a default. */
  public boolean getBoolean(String key, boolean defaultValue) {
    return get(key).map(v -> v.equalsIgnoreCase("true")).orElse(defaultValue);
  }

  /** True when a database server is configured; otherwise {@code run} starts an embedded one. */
  public boolean hasDatabase() {
    return get(DB_HOST).isPresent();
  }

  /**
   * The {@code crm.*} settings to hand to the server as system properties: everything except the
   * launcher's own keys. The database connection is added separately by the launcher.
   */
  public Map<String, String> serverProperties() {
    Map<String, String> result = new LinkedHashMap<>(values);
    for (String key : LAUNCHER_ONLY_KEYS) {
      result.remove(key);
    }
    return result;
  }
}
