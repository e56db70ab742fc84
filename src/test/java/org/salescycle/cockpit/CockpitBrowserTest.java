package org.salescycle.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.salescycle.IntegrationTest;
import org.salescycle.browser.Browser;
import org.salescycle.browser.BrowserExtension;
import org.salescycle.identity.TestUsers;
import org.salescycle.lead.LeadRepository;
import org.salescycle.process.Leads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Managers watch the sales cycle in Cockpit, read but are not offered to change process
 * variables, and hand a lead to another rep there; reps are kept out; no page carries Camunda's
 * "migrate" banner. Real Cockpit, real Chromium.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ExtendWith(BrowserExtension.class)
class CockpitBrowserTest {

  private static final String ADMINISTRATOR = "ada-cockpit";
  private static final By VARIABLE_ROWS = By.cssSelector("[cam-widget-variables-table] tbody tr");
  private static final By VARIABLE_BUTTONS =
      By.cssSelector("[cam-widget-variables-table] td.actions button");
  private static final By ADD_VARIABLE =
      By.cssSelector(".ctn-toolbar a.btn-toolbar .glyphicon-plus");

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired LeadRepository leads;

  @Test
  void aManagerSeesTheSalesCycleDiagramWithItsRunningInstances(Browser browser) {
    SalesFloor floor = new SalesFloor(runtime, tasks, management, jdbc);
    ProcessInstance baltic = floor.qualifying("Baltic Foods S.A.", 72_000, "rita");
    floor.qualifying("Vistula Print Sp. z o.o.", 14_500, "ray");
    floor.inDiscovery("Helios Energia Sp. z o.o.", 25_000, "rita");
    floor.nurtured("Amber Coast Hotels", 12_000, "rita");
    floor.inEvaluation("Tatra Tools Sp. z o.o.", 58_000, "ray");
    floor.atProposal("Nordwind Logistik GmbH", 48_000, "rita");
    floor.atProposal("Silesia Steel S.A.", 125_000, "ray");
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("sales-cycle")
        .latestVersion().singleResult().getId();

    browser.logIn("cockpit", "mia", "mia");
    browser.find(By.cssSelector("a[href*='#/processes']"));
    browser.go("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");

    browser.find(By.cssSelector("g[data-element-id='Task_QualifyLead']"));
    browser.find(By.cssSelector("g[data-element-id='SubProcess_EvaluateProspect']"));
    var waiting = browser.find(By.cssSelector(
        ".djs-overlays[data-container-id='Task_QualifyLead'] .badge.instance-count"));
    assertThat(Integer.parseInt(waiting.getText().trim())).isEqualTo(2);
    var quoting = browser.find(By.cssSelector(
        ".djs-overlays[data-container-id='Task_PrepareQuote'] .badge.instance-count"));
    assertThat(Integer.parseInt(quoting.getText().trim())).isEqualTo(2);
    // started as Tasklist's start form does, without a business key: the instance list names
    // each lead by its number and company
    String balticKey = runtime.createProcessInstanceQuery().processInstanceId(baltic.getId())
        .singleResult().getBusinessKey();
    assertThat(balticKey).matches("L-\\d{4}-\\d{5} Baltic Foods S\\.A\\.");
    browser.waitForText(By.cssSelector(".ctn-tabbed-content table tbody"), balticKey);
    browser.screenshot("cockpit-sales-cycle");
  }

  @Test
  void aManagerReadsProcessVariablesButIsNotOfferedToChangeThem(Browser browser) {
    ProcessInstance lead = new SalesFloor(runtime, tasks, management, jdbc)
        .qualifying("Baltic Foods S.A.", 72_000, "rita");

    browser.logIn("cockpit", "mia", "mia");
    browser.find(By.cssSelector("a[href*='#/processes']"));
    openVariables(browser, lead);

    browser.waitForText(By.cssSelector("[cam-widget-variables-table]"), "Baltic Foods S.A.");
    assertThat(browser.driver().findElements(VARIABLE_ROWS)).hasSizeGreaterThan(5);
    assertThat(displayed(browser, VARIABLE_BUTTONS)).as("edit and delete buttons").isEmpty();
    assertThat(displayed(browser, ADD_VARIABLE)).as("add variable button").isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector(".ctn-toolbar a.btn-toolbar")))
        .as("the other actions stay").anyMatch(WebElement::isDisplayed);
    browser.screenshot("cockpit-variables-read-only");
  }

  @Test
  void anAdministratorMayStillChangeProcessVariables(Browser browser) {
    TestUsers.ensure(identity, ADMINISTRATOR, "secret", "camunda-admin");
    ProcessInstance lead = new SalesFloor(runtime, tasks, management, jdbc)
        .qualifying("Baltic Foods S.A.", 72_000, "rita");

    browser.logIn("cockpit", ADMINISTRATOR, "secret");
    browser.find(By.cssSelector("a[href*='#/processes']"));
    openVariables(browser, lead);

    browser.waitForText(By.cssSelector("[cam-widget-variables-table]"), "Baltic Foods S.A.");
    browser.find(VARIABLE_BUTTONS);
    assertThat(displayed(browser, VARIABLE_BUTTONS)).hasSizeGreaterThan(5);
    browser.find(ADD_VARIABLE);
  }

  @Test
  void noPageCarriesTheMigrationBanner(Browser browser) {
    TestUsers.ensure(identity, ADMINISTRATOR, "secret", "camunda-admin");

    browser.logIn("cockpit", ADMINISTRATOR, "secret");
    browser.find(By.cssSelector("a[href*='#/processes']"));
    for (String app : List.of("cockpit", "admin", "welcome", "tasklist")) {
      browser.go("/camunda/app/" + app + "/default/");
      // A webapp's first start on a busy machine takes a while: the banner comes with its header.
      WebElement banner = new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
          .until(ExpectedConditions.presenceOfElementLocated(
              By.cssSelector("[cam-widget-header] .ce-eol-banner")));
      assertThat(banner.isDisplayed()).as(app).isFalse();
      assertThat(browser.find(By.cssSelector("[cam-widget-header]")).getRect().getHeight())
          .as("%s's header without the banner's strip", app).isLessThan(60);
    }
  }

  @Test
  void aManagerReassignsALeadWithItsOpenStepsFromTheInstance(Browser browser) {
    ProcessInstance lead = runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());
    Task qualify = tasks.createTaskQuery().processInstanceId(lead.getId()).singleResult();
    tasks.claim(qualify.getId(), "rita");
    tasks.complete(qualify.getId(), Map.of(
        "qualificationDecision", "QUALIFY", "interestConfirmed", true));
    Task dialogue = tasks.createTaskQuery().processInstanceId(lead.getId()).singleResult();
    assertThat(dialogue.getAssignee()).isEqualTo("rita");

    browser.logIn("cockpit", "mia", "mia");
    browser.find(By.cssSelector("a[href*='#/processes']"));
    browser.go("/camunda/app/cockpit/default/#/process-instance/" + lead.getId() + "/runtime");
    browser.click(By.cssSelector("[data-reassign-lead='open']"));
    browser.waitForText(By.cssSelector("[data-reassign-lead='message']"), "is owned by");
    assertThat(browser.find(By.cssSelector("[data-reassign-lead='message']")).getText())
        .contains("(rita)");
    new Select(browser.find(By.cssSelector("select[data-reassign-lead='rep']")))
        .selectByValue("ray");
    browser.screenshot("cockpit-reassign-lead");
    browser.click(By.cssSelector("[data-reassign-lead='confirm']"));

    browser.waitForText(By.cssSelector("[data-reassign-lead='dialog']"), "now belongs to");
    assertThat(browser.find(By.cssSelector("[data-reassign-lead='done']")).getText())
        .contains("(ray)", "Hold discovery dialogue");
    browser.screenshot("cockpit-lead-reassigned");
    assertThat(tasks.createTaskQuery().taskId(dialogue.getId()).singleResult().getAssignee())
        .isEqualTo("ray");
    assertThat(leads.findByProcessInstance(lead.getId()).orElseThrow().owner()).isEqualTo("ray");
  }

  @Test
  void aRepIsRefusedCockpit(Browser browser) {
    browser.logIn("cockpit", "rita", "rita");

    browser.waitForText(By.cssSelector(".alert-danger"), "missing access rights to application");
    assertThat(browser.currentUrl()).endsWith("#/login");
    assertThat(browser.driver().findElements(By.cssSelector("input[ng-model='password']"))).isNotEmpty();
    browser.screenshot("cockpit-rep-refused");
  }

  private static void openVariables(Browser browser, ProcessInstance lead) {
    browser.go("/camunda/app/cockpit/default/#/process-instance/" + lead.getId()
        + "/runtime?detailsTab=variables-tab");
    browser.find(By.cssSelector("g[data-element-id='Task_QualifyLead']"));
  }

  private static List<WebElement> displayed(Browser browser, By by) {
    return browser.driver().findElements(by).stream().filter(WebElement::isDisplayed).toList();
  }
}
