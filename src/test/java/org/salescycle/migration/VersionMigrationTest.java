package org.salescycle.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.salescycle.IntegrationTest;
import org.salescycle.quote.QuoteInputs;
import org.salescycle.identity.TestUsers;
import org.salescycle.process.Evaluation;
import org.salescycle.process.Leads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Prospects live for years: a changed sales-cycle version is deployed and the running instances
 * of the old one, waiting at several steps and with timers pending, are moved to it through the
 * operations endpoint; an instance at a step the new version dropped stays and is reported.
 * Prospects of version 1.3.0 with one path of the evaluation already at its (then synchronous)
 * join finish the evaluation on the current version.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VersionMigrationTest {

  private static final String ENDPOINT = "/operations/migrations/sales-cycle";
  private static final Path MODEL = Path.of("processes", "sales-cycle.bpmn");
  private static final String ASYNCHRONOUS_JOIN =
      "<bpmn:parallelGateway id=\"Gateway_EvaluationComplete\" camunda:asyncBefore=\"true\">";
  private static final String SYNCHRONOUS_JOIN =
      "<bpmn:parallelGateway id=\"Gateway_EvaluationComplete\">";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired VersionMigration migration;

  @Test
  void runningLeadsMoveToTheNewVersionWithTheirTimersAndUnmappableOnesAreReported() throws IOException {
    ProcessInstance qualifying = start();
    ProcessInstance nurtured = start();
    complete(nurtured, Map.of("qualificationDecision", "NURTURE",
        "ownQualificationReason", "Budget only next year"));
    ProcessInstance quoted = start();
    walkToDemo(quoted);
    Evaluation.pass(management, tasks, quoted.getId());
    complete(quoted, QuoteInputs.worth(40_000, 5));
    executeJobAt(quoted, "Task_SendQuote");
    ProcessInstance inDemo = start();
    walkToDemo(inDemo);
    Date nurtureDue = jobAt(nurtured, "Event_NurturePeriodOver").getDuedate();
    Date expiryDue = jobAt(quoted, "BoundaryEvent_QuoteExpired").getDuedate();
    String startedOn = definitionOf(qualifying);

    ProcessDefinition v2 = deployVersionWithoutTheDemoTask();
    ResponseEntity<MigrationReport> response = http.withBasicAuth("admin", TestUsers.ADMIN_PASSWORD)
        .postForEntity(ENDPOINT, null, MigrationReport.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    MigrationReport report = response.getBody();
    assertThat(report.targetVersion()).isEqualTo(v2.getVersion());
    MigrationReport.FromVersion fromStart = fromVersion(report, startedOn);
    assertThat(fromStart).satisfies(from -> {
      assertThat(from.migrating()).isEqualTo(3);
      assertThat(from.leftBehind()).singleElement().satisfies(left -> {
        assertThat(left.processInstanceId()).isEqualTo(inDemo.getId());
        assertThat(left.unmappedActivities()).containsExactly("Task_ScheduleProductDemo");
      });
    });

    runBatch(fromStart.batchId());

    for (ProcessInstance moved : new ProcessInstance[] {qualifying, nurtured, quoted}) {
      assertThat(definitionOf(moved)).isEqualTo(v2.getId());
    }
    assertThat(definitionOf(inDemo)).isNotEqualTo(v2.getId());
    assertThat(runtime.getActiveActivityIds(nurtured.getId())).containsExactly("Event_NurturePeriodOver");
    assertThat(jobAt(nurtured, "Event_NurturePeriodOver").getDuedate()).isEqualTo(nurtureDue);
    assertThat(jobAt(quoted, "BoundaryEvent_QuoteExpired").getDuedate()).isEqualTo(expiryDue);
    assertThat(jobAt(quoted, "BoundaryEvent_QuoteExpired").getProcessDefinitionId()).isEqualTo(v2.getId());
    assertThat(runtime.getVariable(quoted.getId(), "stage")).isEqualTo("PROPOSAL");

    complete(qualifying, Map.of("qualificationDecision", "QUALIFY", "interestConfirmed", true));
    assertThat(runtime.getActiveActivityIds(qualifying.getId())).containsExactly("Task_HoldDiscoveryDialogue");
    management.executeJob(jobAt(nurtured, "Event_NurturePeriodOver").getId());
    complete(nurtured, Map.of());
    assertThat(tasks.createTaskQuery().processInstanceId(nurtured.getId()).singleResult().getName())
        .as("after its figures, the lead is qualified on the new version")
        .isEqualTo("Qualify the lead");
  }

  @Test
  void prospectsWaitingAtTheSynchronousJoinOfTheOldVersionFinishTheEvaluationAfterTheMove()
      throws IOException {
    ProcessDefinition old = deployVersionWithTheSynchronousJoin();
    ProcessInstance creditChecked = start(old);
    walkToDemo(creditChecked);
    executeJobAt(creditChecked, Evaluation.CREDIT_CHECK);
    ProcessInstance demoGiven = start(old);
    walkToDemo(demoGiven);
    Evaluation.holdDemo(management, tasks, demoGiven.getId());
    ProcessDefinition current = deploy("sales-cycle current", Files.readString(MODEL));

    MigrationReport.FromVersion fromOld =
        fromVersion(migration.migrateToLatest("sales-cycle"), old.getId());
    assertThat(fromOld.migrating()).isEqualTo(2);
    assertThat(fromOld.leftBehind()).isEmpty();
    runBatch(fromOld.batchId());

    assertThat(definitionOf(creditChecked)).isEqualTo(current.getId());
    assertThat(definitionOf(demoGiven)).isEqualTo(current.getId());
    Evaluation.holdDemo(management, tasks, creditChecked.getId());
    executeJobAt(demoGiven, Evaluation.CREDIT_CHECK);
    for (ProcessInstance lead : List.of(creditChecked, demoGiven)) {
      assertThat(management.createJobQuery().processInstanceId(lead.getId())
          .activityId(Evaluation.JOIN).count())
          .as("a job for the path that arrived after the move; the other waits at the join")
          .isEqualTo(1);
      Evaluation.join(management, lead.getId());
      assertThat(runtime.getActiveActivityIds(lead.getId())).as(lead.getBusinessKey())
          .containsExactly("Task_PrepareQuote");
      // Not left on the latest version, where the other test of this class starts its leads.
      runtime.deleteProcessInstance(lead.getId(), "test done");
    }
  }

  @Test
  void onlyAdministratorsMayMigrate() {
    assertThat(http.postForEntity(ENDPOINT, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    TestUsers.ensure(identity, "mia-test", "secret", "sales-managers");
    assertThat(http.withBasicAuth("mia-test", "secret").postForEntity(ENDPOINT, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("admin", TestUsers.ADMIN_PASSWORD)
        .postForEntity("/operations/migrations/no-such-process", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ProcessDefinition deployVersionWithoutTheDemoTask() throws IOException {
    String model = Files.readString(MODEL)
        .replace("Task_ScheduleProductDemo", "Task_AgreeProductDemo")
        .replace("name=\"Qualify lead\"", "name=\"Qualify the lead\"");
    return deploy("sales-cycle 1.4.0", withVersionTag(model, "1.4.0"));
  }

  /** Version 1.3.0, the last one whose evaluation joined its paths in the arriving transaction. */
  private ProcessDefinition deployVersionWithTheSynchronousJoin() throws IOException {
    String model = Files.readString(MODEL);
    assertThat(model).contains(ASYNCHRONOUS_JOIN);
    return deploy("sales-cycle 1.3.0",
        withVersionTag(model.replace(ASYNCHRONOUS_JOIN, SYNCHRONOUS_JOIN), "1.3.0"));
  }

  private static String withVersionTag(String model, String versionTag) {
    return model.replaceFirst("camunda:versionTag=\"[^\"]*\"",
        "camunda:versionTag=\"" + versionTag + "\"");
  }

  private ProcessDefinition deploy(String name, String model) throws IOException {
    return ModelVersions.deploy(repository, name, model);
  }

  private void runBatch(String batchId) {
    ModelVersions.runBatch(management, batchId);
  }

  private ProcessInstance start() {
    return runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());
  }

  private ProcessInstance start(ProcessDefinition version) {
    return runtime.startProcessInstanceById(version.getId(), Leads.qualifiedLead());
  }

  /** The part of a report about one older version (the other test leaves leads on others). */
  private static MigrationReport.FromVersion fromVersion(MigrationReport report,
      String sourceDefinitionId) {
    return report.fromVersions().stream()
        .filter(from -> from.sourceDefinitionId().equals(sourceDefinitionId)).findFirst()
        .orElseThrow(() -> new AssertionError("No " + sourceDefinitionId + " in " + report));
  }

  private void walkToDemo(ProcessInstance lead) {
    complete(lead, Map.of("qualificationDecision", "QUALIFY", "interestConfirmed", true));
    complete(lead, Map.of("dialogueOutcome", "PROSPECT"));
  }

  private void complete(ProcessInstance lead, Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(lead.getId()).singleResult().getId(),
        variables);
  }

  private void complete(ProcessInstance lead, String taskKey, Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(lead.getId()).taskDefinitionKey(taskKey)
        .singleResult().getId(), variables);
  }

  private Job jobAt(ProcessInstance lead, String activityId) {
    return management.createJobQuery().processInstanceId(lead.getId()).activityId(activityId)
        .singleResult();
  }

  private void executeJobAt(ProcessInstance lead, String activityId) {
    management.executeJob(jobAt(lead, activityId).getId());
  }

  private String definitionOf(ProcessInstance lead) {
    return runtime.createProcessInstanceQuery().processInstanceId(lead.getId()).singleResult()
        .getProcessDefinitionId();
  }
}
