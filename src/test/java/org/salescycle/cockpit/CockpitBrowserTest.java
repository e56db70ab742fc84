package org.salescycle.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.salescycle.browser.Browser;
import org.salescycle.browser.BrowserExtension;
import org.salescycle.lead.LeadRepository;
import org.salescycle.process.Leads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Managers watch the sales cycle in Cockpit and hand a lead to another rep there; reps are kept
 * out. Real Cockpit, real Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ExtendWith(BrowserExtension.class)
class CockpitBrowserTest {

  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired TaskService tasks;
  @Autowired LeadRepository leads;

  @Test
  void aManagerSeesTheSalesCycleDiagramWithItsRunningInstances(Browser browser) {
    runtime.startProcessInstanceByKey("sales-cycle", "lead-cockpit", Leads.qualifiedLead());
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("sales-cycle")
        .latestVersion().singleResult().getId();

    browser.logIn("cockpit", "mia", "mia");
    browser.find(By.cssSelector("a[href*='#/processes']"));
    browser.go("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");

    browser.find(By.cssSelector("g[data-element-id='Task_QualifyLead']"));
    browser.find(By.cssSelector("g[data-element-id='SubProcess_EvaluateProspect']"));
    var waiting = browser.find(By.cssSelector(
        ".djs-overlays[data-container-id='Task_QualifyLead'] .badge.instance-count"));
    assertThat(Integer.parseInt(waiting.getText().trim())).isPositive();
    browser.waitForText(By.cssSelector("table"), "lead-cockpit");
    browser.screenshot("cockpit-sales-cycle");
  }

  @Test
  void aManagerReassignsALeadWithItsOpenStepsFromTheInstance(Browser browser) {
    ProcessInstance lead = runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());
    Task qualify = tasks.createTaskQuery().processInstanceId(lead.getId()).singleResult();
    tasks.claim(qualify.getId(), "rita");
    tasks.complete(qualify.getId(), Map.of("qualificationDecision", "QUALIFY"));
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
}
