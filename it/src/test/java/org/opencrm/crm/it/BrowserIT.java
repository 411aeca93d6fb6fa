package org.opencrm.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.it.support.Browsers;
import org.opencrm.crm.it.support.CrmAppTestBase;
import org.opencrm.crm.it.support.Fixtures;
import org.opencrm.crm.it.support.Fixtures.TestTenant;
import org.opencrm.crm.it.support.TestEnvironment;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium: log in, create a contact, find it by its phone typed in another format,
 * switch the language, log out. Screenshots of each step land in {@code it/target/screenshots}.
 */
class BrowserIT extends CrmAppTestBase {

  private ChromeDriver driver;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    driver = Browsers.chromium();
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void loginCreateFindByPhoneSwitchLanguageLogout() throws IOException {
    TestTenant tenant = Fixtures.tenant("ui");
    driver.get(TestEnvironment.tenantUrl(tenant.slug(), "/login.xhtml").toString());
    driver.findElement(By.id("login:email")).sendKeys(tenant.admin());
    driver.findElement(By.id("login:password")).sendKeys(Fixtures.PASSWORD);
    driver.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.urlContains("/app/contacts.xhtml"));
    screenshot("1-contacts");

    driver.findElement(By.id("createMenu:create_button")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("createMenu:create-contact"))).click();
    wait.until(ExpectedConditions.urlContains("/app/contact-edit.xhtml"));
    driver.findElement(By.id("form:lastName")).sendKeys("Белова");
    driver.findElement(By.id("form:firstName")).sendKeys("Вера");
    driver.findElement(By.id("form:phones:0:number")).sendKeys("8 (915) 123-45-67");
    driver.findElement(By.id("form:emails:0:address")).sendKeys("vera@example.ru");
    screenshot("2-editor");
    // Enter in a field saves (and never presses the first button of the form, "remove phone").
    driver.findElement(By.id("form:firstName")).sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("/app/contact.xhtml?id="));
    assertEquals("Белова Вера", driver.findElement(By.id("contact-name")).getText());
    assertTrue(driver.findElement(By.id("f-phones")).getText().contains("+7 915 123-45-67"));
    screenshot("3-card");

    WebElement search = driver.findElement(By.id("global-search"));
    search.sendKeys("+7 915 123 45 67", Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("/app/search.xhtml?q="));
    WebElement hit =
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.contact-link")));
    assertEquals("Белова Вера", hit.getText());
    assertEquals(1, driver.findElements(By.cssSelector("a.contact-link")).size());
    screenshot("4-found-by-phone");
    hit.click();
    wait.until(ExpectedConditions.urlContains("/app/contact.xhtml?id="));

    driver.findElement(By.id("userMenu:user_button")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("userMenu:lang-ru"))).click();
    wait.until(ExpectedConditions.textToBe(By.id("nav-contacts"), "Контакты"));
    assertTrue(driver.getPageSource().contains("Телефоны"));
    screenshot("5-russian");

    driver.findElement(By.id("userMenu:user_button")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("userMenu:logout"))).click();
    wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    assertTrue(driver.getPageSource().contains("Вы вышли из системы."));
    screenshot("6-logged-out");

    driver.get(TestEnvironment.tenantUrl(tenant.slug(), "/app/contacts.xhtml").toString());
    wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    screenshot("7-login-again");

    // The policy is enforced: a script injected without the page's nonce does not run, and the
    // browser reports it (which is what the checks above would have caught on any page).
    driver.executeScript(
        "var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
            + " document.head.appendChild(s);");
    assertEquals(null, driver.executeScript("return window.injected;"));
    assertFalse(Browsers.cspViolations(driver).isEmpty(), "the blocked script is reported");
  }

  private final java.util.List<String> blocked = new java.util.ArrayList<>();

  @Test
  void importACsvWithTheMappingChangedAndFollowTheProgressToTheEnd() throws IOException {
    TestTenant tenant = Fixtures.tenant("browser-import");
    StringBuilder csv = new StringBuilder("Фамилия;Имя;Телефон;Заметка для себя\n");
    for (int i = 1; i <= 3_000; i++) {
      csv.append("Браузерный;Клиент")
          .append(i)
          .append(";+7 919 ")
          .append(String.format("%07d", i))
          .append(";не загружать\n");
    }
    Path file = Files.createTempFile("browser-import-", ".csv");
    Files.writeString(file, csv, java.nio.charset.Charset.forName("windows-1251"));
    try {
      driver.get(TestEnvironment.tenantUrl(tenant.slug(), "/login.xhtml").toString());
      driver.findElement(By.id("login:email")).sendKeys(tenant.admin());
      driver.findElement(By.id("login:password")).sendKeys(Fixtures.PASSWORD);
      driver.findElement(By.id("login:submit")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-contacts")));
      driver.get(TestEnvironment.tenantUrl(tenant.slug(), "/app/contacts.xhtml").toString());
      wait.until(ExpectedConditions.elementToBeClickable(By.id("import"))).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload:file")))
          .sendKeys(file.toAbsolutePath().toString());
      driver.findElement(By.id("upload:send")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("map:start")));
      screenshot("import-1-preview");
      String preview = driver.findElement(By.cssSelector("table.preview")).getText();
      assertTrue(preview.contains("Браузерный"), preview);
      // The last column was guessed as nothing; the first one is changed to "leave out" and back
      // by hand, as a user checking the mapping would.
      driver.findElement(By.id("map:cols:0:field")).click();
      wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector("#map\\:cols\\:0\\:field_items li[data-label='Last name']")))
          .click();
      driver.findElement(By.id("map:start")).click();
      WebElement bar =
          wait.until(ExpectedConditions.presenceOfElementLocated(By.id("progress:bar")));
      new WebDriverWait(driver, Duration.ofSeconds(90))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("progress:status"), "Import finished"));
      assertTrue(
          driver.findElement(By.id("progress:bar")).getText().contains("100%"), bar::getText);
      assertEquals("3000", driver.findElement(By.id("progress:created")).getText());
      screenshot("import-2-done");
    } finally {
      Files.deleteIfExists(file);
    }
    assertEquals(
        3_000, tenant.count("SELECT COUNT(*) FROM contact WHERE last_name = 'Браузерный'"));
  }

  private void screenshot(String name) throws IOException {
    // Every step runs under the enforced content security policy: nothing may be blocked.
    blocked.addAll(Browsers.cspViolations(driver));
    assertTrue(blocked.isEmpty(), () -> "blocked by the content security policy: " + blocked);
    Path dir = TestEnvironment.projectDir().resolve("it/target/screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }
}
