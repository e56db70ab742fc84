package org.salescycle.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.salescycle.browser.Browser;
import org.salescycle.browser.BrowserExtension;
import org.salescycle.process.Leads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Managers watch the sales cycle in Cockpit; reps are kept out. Real Cockpit, real Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ExtendWith(BrowserExtension.class)
class CockpitBrowserTest {

  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;

  @Test
  void aManagerSeesTheSalesCycleDiagramWithItsRunningInstances(Browser browser) {
    // started as Tasklist's start form does: no business key, so the lead's number and company
    // become the key that Cockpit's instance list shows
    String acme = businessKeyOf(runtime.startProcessInstanceByKey("sales-cycle",
        Leads.with(Leads.qualifiedLead(), "companyName", "Acme Sp. z o.o.")));
    String zabka = businessKeyOf(runtime.startProcessInstanceByKey("sales-cycle",
        Leads.with(Leads.qualifiedLead(), "companyName", "Żabka Logistics")));
    assertThat(acme).matches("L-\\d{4}-\\d{5} Acme Sp\\. z o\\.o\\.");
    assertThat(zabka).matches("L-\\d{4}-\\d{5} Żabka Logistics");
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
    browser.waitForText(By.cssSelector("table"), acme);
    browser.waitForText(By.cssSelector("table"), zabka);
    browser.screenshot("cockpit-sales-cycle");
  }

  private String businessKeyOf(ProcessInstance instance) {
    return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getBusinessKey();
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
