package org.salescycle.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.salescycle.IntegrationTest;
import org.salescycle.browser.Browser;
import org.salescycle.browser.BrowserExtension;
import org.salescycle.browser.BrowserLanguage;
import org.salescycle.identity.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The webapps speak Polish to a browser whose language is Polish, this application's plugins in
 * them included, and English to any other: Tasklist from its login form to the task list,
 * Cockpit's dashboard, Admin and the Welcome page. Real webapps, real Chromium.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ExtendWith(BrowserExtension.class)
class PolishWebappsBrowserTest {

  private static final String ADMINISTRATOR = "polish-admin";
  private static final By SIGN_IN = By.cssSelector("form[name='signinForm'] button[type='submit']");
  private static final By NO_TASK = By.cssSelector(".no-task");
  private static final By MY_PIPELINE = By.cssSelector("a.my-pipeline-link");

  @Autowired IdentityService identity;

  @Test
  @BrowserLanguage("pl")
  void aRepWhoseBrowserIsPolishWorksInAPolishTasklist(Browser browser) {
    browser.go("/camunda/app/tasklist/default/");
    browser.waitForText(SIGN_IN, "Zaloguj");
    assertThat(browser.find(By.cssSelector("input[ng-model='username']"))
        .getDomAttribute("placeholder")).isEqualTo("Nazwa użytkownika");
    browser.screenshot("tasklist-pl-login");

    browser.logIn("tasklist", "rita", "rita");
    browser.waitForText(NO_TASK, "Wybierz zadanie z listy.");
    browser.waitForText(MY_PIPELINE, "Mój lejek");
    browser.waitForText(By.cssSelector("body"), "Rozpocznij proces");
    assertThat(browser.find(By.cssSelector("body")).getText())
        .doesNotContain("Select a task in the list", "Start process", "My pipeline");
    browser.screenshot("tasklist-pl");
  }

  @Test
  void theSameTasklistStaysEnglishForAnEnglishBrowser(Browser browser) {
    browser.go("/camunda/app/tasklist/default/");
    browser.waitForText(SIGN_IN, "Log in");

    browser.logIn("tasklist", "rita", "rita");
    browser.waitForText(NO_TASK, "Select a task in the list.");
    browser.waitForText(MY_PIPELINE, "My pipeline");
    browser.waitForText(By.cssSelector("body"), "Start process");
    assertThat(browser.find(By.cssSelector("body")).getText())
        .doesNotContain("Wybierz zadanie", "Rozpocznij proces", "Mój lejek");
  }

  @Test
  @BrowserLanguage("pl")
  void cockpitAdminAndTheWelcomePageArePolishToo(Browser browser) {
    TestUsers.ensure(identity, ADMINISTRATOR, "secret", "camunda-admin");

    browser.logIn("cockpit", ADMINISTRATOR, "secret");
    browser.waitForText(By.cssSelector("a[href*='#/processes']"), "Procesy");
    browser.find(By.cssSelector("[data-sales-pipeline='loaded']"));
    browser.waitForText(By.cssSelector("[data-sales-pipeline]"), "Otwarte:");
    assertThat(browser.find(By.cssSelector(".ctn-view.dashboard")).getText())
        .contains("Lejek sprzedaży", "Utknięte szanse", "Wdrożone");
    browser.screenshot("cockpit-pl");

    browser.go("/camunda/app/admin/default/");
    // A webapp's first start on a busy machine takes a while.
    new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("body"), "Autoryzacje"));
    assertThat(browser.find(By.cssSelector("body")).getText()).contains("Użytkownicy", "Grupy");
    browser.screenshot("admin-pl");

    browser.go("/camunda/app/welcome/default/");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("body"), "Aplikacje"));
  }
}
