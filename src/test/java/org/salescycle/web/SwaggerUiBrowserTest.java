package org.salescycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.salescycle.IntegrationTest;
import org.salescycle.browser.Browser;
import org.salescycle.browser.BrowserExtension;
import org.salescycle.identity.TestUsers;
import org.salescycle.shared.SalesGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Swagger UI in headless Chromium under its Content-Security-Policy: it shows the API and runs a
 * request, and the browser blocks nothing on the way.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserExtension.class)
class SwaggerUiBrowserTest {

  static final String USER = "rep-swagger";
  static final String PASSWORD = "secret";
  /** Collects what the page's policy blocks, from before the page's own scripts run. */
  static final String RECORD_VIOLATIONS = """
      window.blockedByPolicy = [];
      document.addEventListener('securitypolicyviolation', event =>
          window.blockedByPolicy.push(event.violatedDirective + ' ' + event.blockedURI
              + ' from ' + event.sourceFile + ':' + event.lineNumber));""";

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  @Test
  void swaggerUiWorksWithinItsPolicy(Browser browser) {
    TestUsers.ensure(identity, USER, PASSWORD, SalesGroups.REPS);
    browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
        Map.of("source", RECORD_VIOLATIONS));
    // the browser keeps the login for the page's own calls, as after its login prompt
    browser.driver().get("http://%s:%s@localhost:%d/v3/api-docs".formatted(USER, PASSWORD, port));

    browser.go("/swagger-ui/index.html");
    browser.waitForText(By.cssSelector(".info .title"), "Sales Cycle API");
    browser.click(By.xpath("//*[contains(@class,'opblock-get')]"
        + "//*[contains(@class,'opblock-summary-path') and normalize-space(.)='/api/products']"));
    browser.click(By.cssSelector(".opblock.is-open .try-out__btn"));
    browser.click(By.cssSelector(".opblock.is-open .execute"));
    browser.waitForText(
        By.cssSelector(".opblock.is-open .live-responses-table tbody .response-col_status"), "200");
    browser.screenshot("swagger-ui");

    @SuppressWarnings("unchecked")
    List<String> blocked = (List<String>) browser.driver()
        .executeScript("return window.blockedByPolicy;");
    assertThat(blocked).isEmpty();
  }
}
