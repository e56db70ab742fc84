package org.salescycle.credit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salescycle.process.Evaluation;
import org.salescycle.process.Leads;
import org.salescycle.process.SalesCycleProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The external bureau is down: the credit check job is retried on the configured cycle, then
 * becomes an incident; once the bureau is back, retrying the job (as Cockpit does) finishes the
 * check and the prospect moves on. Nothing is lost on the way.
 */
@SpringBootTest(properties = "sales-cycle.credit.bureau=http")
@ActiveProfiles("test")
class CreditBureauOutageTest {

  private static final WireMockServer bureau = new WireMockServer(options().dynamicPort());

  static {
    bureau.start();
  }

  @DynamicPropertySource
  static void bureauUrl(DynamicPropertyRegistry registry) {
    registry.add("sales-cycle.credit.http.url", bureau::baseUrl);
  }

  @AfterAll
  static void stopBureau() {
    bureau.stop();
  }

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired SalesCycleProperties properties;
  @Autowired TaskService taskService;

  @BeforeEach
  void reset() {
    BpmnAwareTests.init(processEngine);
    bureau.resetAll();
  }

  @Test
  void bureauOutageIsRetriedThenRaisesAnIncidentAndARetryAfterRecoveryFinishesTheCheck() {
    bureau.stubFor(post("/assessments").willReturn(aResponse().withStatus(503)));
    ProcessInstance lead = runtimeService.startProcessInstanceByKey("sales-cycle", "lead-outage",
        Leads.qualifiedLead());
    walkToCreditCheck(lead);

    List<Duration> waits = Arrays.stream(properties.timers().creditCheckRetryCycle().split(","))
        .map(Duration::parse).toList();
    int attempts = 0;
    Job job = creditCheckJob(lead);
    while (job.getRetries() > 0) {
      String jobId = job.getId();
      assertThatThrownBy(() -> managementService.executeJob(jobId))
          .hasMessageContaining("Credit bureau at " + bureau.baseUrl());
      attempts++;
      job = creditCheckJob(lead);
      if (job.getRetries() > 0) {
        assertThat(job.getDuedate().toInstant())
            .as("attempt %d waits %s, as the retry cycle says", attempts + 1, waits.get(attempts - 1))
            .isCloseTo(Instant.now().plus(waits.get(attempts - 1)), within(1, ChronoUnit.MINUTES));
      }
    }

    assertThat(attempts).as("the first attempt and a retry after each wait")
        .isEqualTo(waits.size() + 1);
    bureau.verify(waits.size() + 1, postRequestedFor(urlEqualTo("/assessments")));
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(lead.getId())
        .singleResult();
    assertThat(incident.getActivityId()).isEqualTo("Task_RunCreditCheck");
    assertThat(incident.getIncidentMessage()).contains("503");
    assertThat(lead).isWaitingAt("Task_RunCreditCheck", "Task_ScheduleProductDemo");

    bureau.stubFor(post("/assessments")
        .willReturn(okJson("{\"approved\":true,\"limit\":60000,\"reason\":\"Bureau approved\"}")));
    managementService.setJobRetries(job.getId(), 1);
    managementService.executeJob(job.getId());

    assertThat(runtimeService.createIncidentQuery().processInstanceId(lead.getId()).count()).isZero();
    assertThat(lead).isWaitingAt("Task_ScheduleProductDemo").variables()
        .containsEntry("creditDecision", "APPROVED")
        .containsEntry("creditLimit", 60_000L)
        .containsEntry("creditReason", "Bureau approved");
    Evaluation.holdDemo(managementService, taskService, lead.getId());
    Evaluation.join(managementService, lead.getId());
    assertThat(lead).isWaitingAt("Task_PrepareQuote");
  }

  @Test
  void bureauDeclineGoesToTheManagersReviewWithoutRetrying() {
    bureau.stubFor(post("/assessments")
        .willReturn(okJson("{\"approved\":false,\"reason\":\"Insolvency filed\"}")));
    ProcessInstance lead = runtimeService.startProcessInstanceByKey("sales-cycle", "lead-declined",
        Leads.qualifiedLead());
    walkToCreditCheck(lead);

    managementService.executeJob(creditCheckJob(lead).getId());

    assertThat(lead).isWaitingAt("Task_ReviewCreditDecision", "Task_ScheduleProductDemo").variables()
        .containsEntry("creditDecision", "DECLINED").containsEntry("creditReason", "Insolvency filed");
    bureau.verify(1, postRequestedFor(urlEqualTo("/assessments")));
  }

  private static void walkToCreditCheck(ProcessInstance lead) {
    assertThat(lead).isWaitingAt("Task_QualifyLead");
    complete(task(), withVariables("qualificationDecision", "QUALIFY", "interestConfirmed", true));
    complete(task(), withVariables("dialogueOutcome", "PROSPECT"));
    assertThat(lead).isWaitingAt("Task_RunCreditCheck", "Task_ScheduleProductDemo");
  }

  private Job creditCheckJob(ProcessInstance lead) {
    return managementService.createJobQuery().processInstanceId(lead.getId())
        .activityId("Task_RunCreditCheck").singleResult();
  }
}
