package org.opencrm.crm.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** WildFly running as a child process, started with {@code standalone.sh}. */
public final class WildFlyServer {

  private final Process process;
  private final Path log;

  private WildFlyServer(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * Starts the server; returns at once, without waiting for it to boot.
   *
   * @param home the WildFly installation
   * @param base the server base folder (a copy made by {@link ServerLayout})
   * @param properties a properties file handed to the server with {@code -P}: its entries become
   *     system properties (this avoids the start script's quoting of values)
   * @param log where the server's console output goes (replaced)
   * @param javaSizing heap options for the server JVM
   */
  public static WildFlyServer start(
      Path home, Path base, Path properties, Path log, String javaSizing) throws IOException {
    Path script = home.resolve("bin/standalone.sh");
    if (!Files.isRegularFile(script)) {
      throw new IOException(script + " is missing: build the server module first");
    }
    Files.createDirectories(log.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(
            script.toString(),
            "-Djboss.server.base.dir=" + base,
            "-P",
            properties.toUri().toString());
    Map<String, String> env = builder.environment();
    env.put("JBOSS_HOME", home.toString());
    env.put("JBOSS_JAVA_SIZING", javaSizing);
    // The script then forwards termination signals to the JVM and waits for it.
    env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
    builder.redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    return new WildFlyServer(builder.start(), log);
  }

  /**
   * Stops servers left running from the given base folder by an earlier launcher that could not
   * clean up (killed, for example). Returns how many were stopped.
   */
  public static int stopLeftovers(Path base) {
    return Processes.stopMatching("jboss.server.base.dir=" + base, Duration.ofSeconds(30));
  }

  /** True while the start script (and so the server) runs. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** The exit code, once the process has ended. */
  public int exitValue() {
    return process.exitValue();
  }

  /** The process id of the start script. */
  public long pid() {
    return process.pid();
  }

  /**
   * Stops the server and every process it started: asks politely (SIGTERM, which WildFly answers
   * with an orderly shutdown), then kills what is still there after {@code grace}.
   */
  public void stop(Duration grace) {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process.toHandle());
    Processes.terminate(tree, grace);
  }

  /** The last lines of the server's console log. */
  public String logTail(int lines) {
    return tail(log, lines);
  }

  /** The last lines of a text file (reads at most its last 64 KB), without terminal colours. */
  public static String tail(Path file, int lines) {
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long length = in.length();
      int size = (int) Math.min(length, 64 * 1024);
      byte[] bytes = new byte[size];
      in.seek(length - size);
      in.readFully(bytes);
      String text = new String(bytes, StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;]*m", "");
      String[] all = text.split("\r?\n");
      int from = Math.max(0, all.length - lines);
      return String.join(System.lineSeparator(), List.of(all).subList(from, all.length));
    } catch (IOException e) {
      return "(could not read " + file + ": " + e.getMessage() + ")";
    }
  }
}
