package org.opencrm.crm.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real browsers for browser tests: the system's Chromium, headless, driven by its ChromeDriver
 * ({@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}, from the Debian packages {@code
 * chromium} and {@code chromium-driver} that {@code ./crm test} installs). Both paths are given
 * explicitly so Selenium never tries to download anything.
 *
 * <p>Chromium resolves {@code *.localhost} by itself, so a browser test opens {@link
 * TestEnvironment#tenantUrl} addresses as they are. Quit every driver (try-with-resources does not
 * apply: call {@code quit()} in a {@code finally} or {@code @AfterAll}).
 */
public final class Browsers {

  /** The Chromium binary; override with the system property {@code crm.it.chromium}. */
  public static final String CHROMIUM = System.getProperty("crm.it.chromium", "/usr/bin/chromium");

  /** The driver; override with the system property {@code crm.it.chromedriver}. */
  public static final String CHROMEDRIVER =
      System.getProperty("crm.it.chromedriver", "/usr/bin/chromedriver");

  private Browsers() {}

  /** True when Chromium and its driver are installed. */
  public static boolean chromiumInstalled() {
    return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
  }

  /**
   * The console messages since the last call that report something the content security policy
   * blocked (or would block).
   */
  public static java.util.List<String> cspViolations(ChromeDriver driver) {
    return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .map(org.openqa.selenium.logging.LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
        .toList();
  }

  /** A new headless Chromium with an empty profile, window 1280×900. */
  public static ChromeDriver chromium() {
    if (!chromiumInstalled()) {
      throw new IllegalStateException(
          CHROMIUM
              + " or "
              + CHROMEDRIVER
              + " is missing: install the Debian packages chromium and chromium-driver"
              + " (./crm test does)");
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("crm-it-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--lang=en",
        "--user-data-dir=" + profile);
    // The console, so tests can see scripts the content security policy blocked.
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }
}
