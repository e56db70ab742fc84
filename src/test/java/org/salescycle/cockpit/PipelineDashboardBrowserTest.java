package org.salescycle.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.salescycle.IntegrationTest;
import org.salescycle.browser.Browser;
import org.salescycle.browser.BrowserExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The "Sales pipeline" plugin leads Cockpit's dashboard and shows a manager what the API reports:
 * the funnel as a picture in words and money, nurture beside it, the conversions and win rate as
 * a chart, and the stalled prospects linked to their process instances.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ExtendWith(BrowserExtension.class)
class PipelineDashboardBrowserTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;

  @Test
  void aManagerSeesThePipelineFirstAsAFunnelAChartAndTheStalledProspects(Browser browser) {
    SalesFloor floor = new SalesFloor(runtime, tasks, management, jdbc);
    floor.qualifying("Baltic Foods S.A.", 72_000, "rita");
    floor.qualifying("Vistula Print Sp. z o.o.", 14_500, "ray");
    ProcessInstance forgotten = floor.qualifying("Kowalski Meble Sp. z o.o.", 36_500, "ray");
    floor.idleFor(forgotten, 9);
    floor.inDiscovery("Helios Energia Sp. z o.o.", 25_000, "rita");
    floor.nurtured("Amber Coast Hotels", 12_000, "rita");
    floor.inEvaluation("Tatra Tools Sp. z o.o.", 58_000, "ray");
    floor.inEvaluation("Mazury Boats Sp. z o.o.", 31_000, "rita");
    floor.atProposal("Nordwind Logistik GmbH", 48_000, "rita");
    ProcessInstance waitingForQuote = floor.atProposal("Silesia Steel S.A.", 125_000, "ray");
    floor.idleFor(waitingForQuote, 12);
    floor.won("Gdansk Marine Supplies", 44_000, "rita");
    floor.lost("Podlasie Dairy", 9_000, "ray");
    floor.disqualified("Tiny Startup Ltd", 2_000, "ray");
    JsonNode report = http.withBasicAuth("mia", "mia").getForObject("/api/pipeline", JsonNode.class);
    JsonNode all = report.get("all");

    browser.logIn("cockpit", "mia", "mia");
    browser.find(By.cssSelector("[data-sales-pipeline='loaded']"));
    browser.find(By.cssSelector("section.actual"));

    assertThat(top("section.deprecate", browser)).as("the pipeline above Camunda's sections")
        .isLessThan(top("section.actual", browser));
    WebElement pipeline = browser.find(By.cssSelector("[data-sales-pipeline]"));
    for (JsonNode stage : all.get("stages")) {
      String code = stage.get("stage").asText();
      WebElement band = browser.find(By.cssSelector(
          "[data-part='funnel'] svg g[data-stage='" + code + "']"));
      assertThat(band.findElement(By.cssSelector(".sales-pipeline-count")).getText())
          .as(code).isEqualTo(stage.get("count").asText());
      assertThat(band.findElement(By.cssSelector(".sales-pipeline-label")).getText())
          .as(code).startsWith(stage.get("label").asText());
      assertThat(band.findElement(By.cssSelector(".sales-pipeline-figures")).getText()).as(code)
          .contains(stage.get("totalValueText").asText(), stage.get("weightedValueText").asText());
    }
    assertThat(browser.find(By.cssSelector("g[data-stage='QUALIFYING'] .sales-pipeline-figures"))
        .getText()).contains("4 leads", "148,000.00 EUR", "typically less than a day in stage");
    assertThat(browser.find(By.cssSelector("g[data-stage='PROPOSAL'] .sales-pipeline-figures"))
        .getText()).contains("2 leads", "173,000.00 EUR", "typically 6 days in stage");
    assertThat(browser.find(By.cssSelector("g.sales-pipeline-side-track[data-stage='NURTURE']"))
        .getText()).contains("Nurture (side track", "1 lead", "12,000.00 EUR");
    assertThat(pipeline.getText()).doesNotContain("QUALIFYING", "NURTURE", "PROPOSAL");
    assertThat(browser.find(By.cssSelector("[data-part='totals']")).getText())
        .contains(all.get("totalValueText").asText(), all.get("weightedValueText").asText());

    assertThat(browser.find(By.cssSelector("[data-part='conversions'] g[data-from='LEAD']"))
        .getText()).contains("Lead → Qualifying", "100%");
    assertThat(browser.find(By.cssSelector("[data-part='conversions'] g[data-from='PROPOSAL']"))
        .getText()).contains("Proposal → Won", "1 of");
    assertThat(browser.find(By.cssSelector("[data-part='win-rate']")).getText())
        .contains("Win rate", "33%", "1 won of 3 closed");

    List<WebElement> stalled = browser.driver().findElements(
        By.cssSelector("[data-part='stalled'] tr[data-lead]"));
    assertThat(stalled).hasSize(report.get("stalled").size()).hasSize(2);
    assertThat(stalled.get(0).getText())
        .contains("Silesia Steel S.A.", "Proposal", "Ray Rep", "12 days");
    assertThat(stalled.get(1).getText())
        .contains("Kowalski Meble Sp. z o.o.", "Qualifying", "Ray Rep", "9 days");
    WebElement link = browser.find(By.cssSelector(
        "[data-part='stalled'] a[href*='" + forgotten.getId() + "']"));
    assertThat(link.getText()).isEqualTo("Kowalski Meble Sp. z o.o.");
    browser.driver().manage().window().setSize(new Dimension(1400, 1240));
    browser.screenshot("cockpit-pipeline");

    browser.click(By.cssSelector("[data-part='stalled'] a[href*='" + forgotten.getId() + "']"));
    browser.find(By.cssSelector("g[data-element-id='Task_QualifyLead']"));
    assertThat(browser.currentUrl()).contains("#/process-instance/" + forgotten.getId());
  }

  private static int top(String css, Browser browser) {
    return browser.driver().findElement(By.cssSelector(css)).getRect().getY();
  }
}
