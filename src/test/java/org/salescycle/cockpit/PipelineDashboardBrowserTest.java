package org.salescycle.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.salescycle.browser.Browser;
import org.salescycle.browser.BrowserExtension;
import org.salescycle.process.Leads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The "Sales pipeline" plugin on Cockpit's dashboard shows a manager what the API reports. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ExtendWith(BrowserExtension.class)
class PipelineDashboardBrowserTest {

  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;

  @Test
  void aManagerSeesTheFunnelConversionsAndStalledProspectsOnTheDashboard(Browser browser) {
    for (int i = 0; i < 3; i++) {
      runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());
    }
    ProcessInstance forgotten = runtime.startProcessInstanceByKey("sales-cycle",
        Leads.qualifiedLead());
    jdbc.update("update sales_lead set last_activity_at = ? where process_instance_id = ?",
        Timestamp.from(Instant.now().minus(Duration.ofDays(9))), forgotten.getId());
    JsonNode report = http.withBasicAuth("mia", "mia").getForObject("/api/pipeline", JsonNode.class);
    assertThat(report.get("all").get("openLeads").asInt()).isGreaterThanOrEqualTo(4);

    browser.logIn("cockpit", "mia", "mia");
    browser.find(By.cssSelector("[data-sales-pipeline='loaded']"));

    for (JsonNode stage : report.get("all").get("stages")) {
      List<WebElement> row = browser.driver().findElements(By.cssSelector(
          "[data-sales-pipeline] tr[data-stage='" + stage.get("stage").asText() + "'] .sales-pipeline-count"));
      if (stage.get("count").asInt() > 0) {
        assertThat(row).as(stage.get("stage").asText()).hasSize(1);
        assertThat(row.get(0).getText()).isEqualTo(stage.get("count").asText());
      }
    }
    List<WebElement> stalled = browser.driver().findElements(
        By.cssSelector("[data-part='stalled'] tr[data-lead]"));
    assertThat(stalled).hasSize(report.get("stalled").size());
    WebElement link = browser.find(By.cssSelector(
        "[data-part='stalled'] a[href*='" + forgotten.getId() + "']"));
    assertThat(link.getText()).isNotBlank();
    assertThat(browser.find(By.cssSelector("[data-part='conversions']")).getText())
        .contains("LEAD → QUALIFYING");
    browser.driver().executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -80);",
        browser.find(By.cssSelector("[data-sales-pipeline]")));
    browser.screenshot("cockpit-pipeline");

    link.click();
    browser.find(By.cssSelector("g[data-element-id='Task_QualifyLead']"));
    assertThat(browser.currentUrl()).contains("#/process-instance/" + forgotten.getId());
  }
}
