package org.salescycle.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through Debian's chromedriver, pointed at the application under test.
 * Where no browser is installed the tests are skipped with a message, except on CI (CI=true), where
 * a missing browser fails them: CI installs chromium and chromium-driver itself.
 */
public final class Browser implements AutoCloseable {

  public static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final String baseUrl;
  private final WebDriverWait wait;

  private Browser(ChromeDriver driver, String baseUrl) {
    this.driver = driver;
    this.baseUrl = baseUrl;
    this.wait = new WebDriverWait(driver, PATIENCE);
  }

  /** A browser whose language is English (en-US). */
  public static Browser open(int port) {
    return open(port, BrowserLanguage.ENGLISH);
  }

  /**
   * A browser whose language is the given one (e.g. "pl"): the one it shows its own pages in, the
   * first of navigator.languages and of the Accept-Language it sends.
   */
  public static Browser open(int port, String language) {
    Optional<Path> chromium = firstExisting(System.getenv("CHROME_BIN"), "/usr/bin/chromium",
        "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    Optional<Path> chromedriver = firstExisting(System.getenv("CHROMEDRIVER"), "/usr/bin/chromedriver");
    if (chromium.isEmpty() || chromedriver.isEmpty()) {
      String message = "No Chromium and ChromeDriver found (apt-get install chromium chromium-driver, "
          + "or set CHROME_BIN and CHROMEDRIVER): browser tests skipped";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail("On CI the browser tests must run. " + message);
      }
      Assumptions.abort(message);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1400,1000", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--lang=" + language);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.get().toFile())
        .usingAnyFreePort()
        .build();
    return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
  }

  /** Logs into a Camunda webapp (tasklist, cockpit, admin) and waits until the login form is gone. */
  public void logIn(String app, String user, String password) {
    driver.get(baseUrl + "/camunda/app/" + app + "/default/");
    type(By.cssSelector("input[ng-model='username']"), user);
    type(By.cssSelector("input[ng-model='password']"), password);
    driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
  }

  public void go(String path) {
    driver.get(baseUrl + path);
  }

  public WebElement find(By by) {
    return until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Clicks an element after scrolling it to the middle of the window, clear of Camunda's fixed footer. */
  public void click(By by) {
    WebElement element = until(ExpectedConditions.presenceOfElementLocated(by));
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    until(ExpectedConditions.elementToBeClickable(element));
    try {
      element.click();
    } catch (ElementClickInterceptedException coveredByFooter) {
      // Tasklist scrolls its task pane inside the window; the fixed footer can still cover the
      // element, so let the browser dispatch the click on it directly.
      driver.executeScript("arguments[0].click();", element);
    }
  }

  public void type(By by, String text) {
    WebElement field = find(by);
    field.clear();
    field.sendKeys(text);
  }

  public void waitForText(By by, String text) {
    until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /** Waits for the condition; when it never comes, keeps a screenshot of what the browser showed. */
  private <T> T until(ExpectedCondition<T> condition) {
    try {
      return wait.until(condition);
    } catch (TimeoutException e) {
      Path shot = screenshot("failed-" + System.currentTimeMillis());
      e.addInfo("screenshot", shot.toAbsolutePath().toString());
      throw e;
    }
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Saves what the browser shows now as target/screenshots/NAME.png and returns the file. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file,
          StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }

  private static Optional<Path> firstExisting(String... candidates) {
    return Stream.of(candidates)
        .filter(candidate -> candidate != null && !candidate.isBlank())
        .map(Path::of)
        .filter(Files::isExecutable)
        .findFirst();
  }
}
