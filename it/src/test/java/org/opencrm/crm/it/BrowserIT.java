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

  private void screenshot(String name) throws IOException {
    // Every step runs under the enforced content security policy: nothing may be blocked.
    blocked.addAll(Browsers.cspViolations(driver));
    assertTrue(blocked.isEmpty(), () -> "blocked by the content security policy: " + blocked);
    Path dir = TestEnvironment.projectDir().resolve("it/target/screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }
}
