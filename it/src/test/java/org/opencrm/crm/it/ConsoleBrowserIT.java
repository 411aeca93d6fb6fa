package org.opencrm.crm.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.it.support.AllAppsTestBase;
import org.opencrm.crm.it.support.Browsers;
import org.opencrm.crm.it.support.Fixtures;
import org.opencrm.crm.it.support.TestEnvironment;
import org.opencrm.crm.launcher.DemoAccess;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium: an operator creates a company in the console, watches its creation finish, and
 * its administrator logs in with the initial password, chooses their own and reaches the contacts.
 */
class ConsoleBrowserIT extends AllAppsTestBase {

  private ChromeDriver driver;
  private WebDriverWait wait;
  private final List<String> blocked = new ArrayList<>();

  @BeforeEach
  void openBrowser() {
    driver = Browsers.chromium();
    wait = new WebDriverWait(driver, Duration.ofSeconds(60));
  }

  @AfterEach
  void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void anOperatorCreatesACompanyAndItsAdministratorLogsIn() throws IOException {
    driver.get(TestEnvironment.tenantAdminUrl("/login.xhtml").toString());
    driver.findElement(By.id("login:login")).sendKeys("operator");
    driver.findElement(By.id("login:password")).sendKeys(DemoAccess.OPERATOR.password());
    driver.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.urlContains("/console/tenants.xhtml"));
    screenshot("1-tenants");

    driver.findElement(By.id("actions:new")).click();
    wait.until(ExpectedConditions.urlContains("/console/tenant-new.xhtml"));
    String slug = Fixtures.uniqueSlug("chrome");
    String admin = "director@" + slug + ".test";
    driver.findElement(By.id("tenant:slug")).sendKeys(slug);
    driver.findElement(By.id("tenant:displayName")).sendKeys("ООО «Хром»");
    driver.findElement(By.id("tenant:adminEmail")).sendKeys(admin);
    driver.findElement(By.id("tenant:adminName")).sendKeys("Директор");
    driver.findElement(By.cssSelector("label[for='tenant:firstLogin:0']")).click();
    driver.findElement(By.id("tenant:adminPassword")).sendKeys("Nachalo-2026-x");
    screenshot("2-new-company");
    driver.findElement(By.id("tenant:create")).click();
    wait.until(ExpectedConditions.urlContains("/console/tenant.xhtml?id="));
    // The page follows the creation by itself (it polls) until the company is active.
    wait.until(ExpectedConditions.textToBe(By.cssSelector("[id$='status-text']"), "Active"));
    screenshot("3-created");

    driver.get(TestEnvironment.tenantUrl(slug, "/login.xhtml").toString());
    driver.findElement(By.id("login:email")).sendKeys(admin);
    driver.findElement(By.id("login:password")).sendKeys("Nachalo-2026-x");
    driver.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.urlContains("/app/profile.xhtml"));
    screenshot("4-choose-password");
    driver.findElement(By.id("pwd:current")).sendKeys("Nachalo-2026-x");
    driver.findElement(By.id("pwd:password")).sendKeys("Svoi-parol-2026");
    driver.findElement(By.id("pwd:repeat")).sendKeys("Svoi-parol-2026");
    driver.findElement(By.id("pwd:change")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Password changed"));
    driver.get(TestEnvironment.tenantUrl(slug, "/app/contacts.xhtml").toString());
    wait.until(ExpectedConditions.urlContains("/app/contacts.xhtml"));
    assertTrue(driver.getPageSource().contains("ООО «Хром»"), "the company's name in the top bar");
    screenshot("5-in-the-company");
  }

  private void screenshot(String name) throws IOException {
    blocked.addAll(Browsers.cspViolations(driver));
    assertTrue(blocked.isEmpty(), () -> "blocked by the content security policy: " + blocked);
    Path dir = TestEnvironment.projectDir().resolve("it/target/screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve("console-" + name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }
}
