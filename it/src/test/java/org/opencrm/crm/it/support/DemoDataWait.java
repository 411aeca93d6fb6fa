package org.opencrm.crm.it.support;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.opencrm.crm.launcher.HealthProbe;

/**
 * Waiting for the demo tenants, which the web application creates in the background after it starts
 * (when {@code crm.it.demo.seed} is true, the default). Call it before a test that logs in with
 * {@link org.opencrm.crm.launcher.DemoAccess} logins, for example in {@code @BeforeAll}.
 */
public final class DemoDataWait {

  private DemoDataWait() {}

  /** Waits up to two minutes; see {@link #awaitReady(Duration)}. */
  public static void awaitReady() {
    awaitReady(Duration.ofMinutes(2));
  }

  /**
   * Returns once {@code GET /health} reports {@code "demo":"READY"}; fails at once when it reports
   * FAILED or OFF (seeding switched off), and after {@code timeout} otherwise.
   */
  public static void awaitReady(Duration timeout) {
    HealthProbe probe =
        new HealthProbe(URI.create("http://127.0.0.1:" + TestEnvironment.httpPort() + "/"));
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      Optional<HealthProbe.Health> health = probe.check();
      if (health.isPresent()) {
        last = health.get().body();
        switch (health.get().demo()) {
          case "READY" -> {
            return;
          }
          case "FAILED" ->
              throw new AssertionError(
                  "creating the demo data failed; see the server log under it/target");
          case "OFF" ->
              throw new AssertionError(
                  "the test server does not create demo data (crm.it.demo.seed=false?)");
          default -> {
            // PENDING: keep waiting
          }
        }
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for the demo data", e);
      }
    }
    throw new AssertionError("demo data not ready after " + timeout + "; last answer: " + last);
  }
}
