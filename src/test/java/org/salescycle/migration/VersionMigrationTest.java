package org.salescycle.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
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
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VersionMigrationTest {

  private static final String ENDPOINT = "/operations/migrations/sales-cycle";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;

  @Test
  void runningLeadsMoveToTheNewVersionWithTheirTimersAndUnmappableOnesAreReported() throws IOException {
    ProcessInstance qualifying = start();
    ProcessInstance nurtured = start();
    complete(nurtured, Map.of("qualificationDecision", "NURTURE"));
    ProcessInstance quoted = start();
    walkToDemo(quoted);
    Evaluation.pass(management, tasks, quoted.getId());
    complete(quoted, QuoteInputs.worth(40_000, 5));
    executeJobAt(quoted, "Task_SendQuote");
    ProcessInstance inDemo = start();
    walkToDemo(inDemo);
    Date nurtureDue = jobAt(nurtured, "Event_NurturePeriodOver").getDuedate();
    Date expiryDue = jobAt(quoted, "BoundaryEvent_QuoteExpired").getDuedate();

    ProcessDefinition v2 = deployVersionWithoutTheDemoTask();
    ResponseEntity<MigrationReport> response = http.withBasicAuth("admin", TestUsers.ADMIN_PASSWORD)
        .postForEntity(ENDPOINT, null, MigrationReport.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    MigrationReport report = response.getBody();
    assertThat(report.targetVersion()).isEqualTo(2);
    assertThat(report.fromVersions()).singleElement().satisfies(from -> {
      assertThat(from.version()).isEqualTo(1);
      assertThat(from.migrating()).isEqualTo(3);
      assertThat(from.leftBehind()).singleElement().satisfies(left -> {
        assertThat(left.processInstanceId()).isEqualTo(inDemo.getId());
        assertThat(left.unmappedActivities()).containsExactly("Task_GiveProductDemo");
      });
    });

    runBatch(report.fromVersions().get(0).batchId());

    for (ProcessInstance moved : new ProcessInstance[] {qualifying, nurtured, quoted}) {
      assertThat(definitionOf(moved)).isEqualTo(v2.getId());
    }
    assertThat(definitionOf(inDemo)).isNotEqualTo(v2.getId());
    assertThat(runtime.getActiveActivityIds(nurtured.getId())).containsExactly("Event_NurturePeriodOver");
    assertThat(jobAt(nurtured, "Event_NurturePeriodOver").getDuedate()).isEqualTo(nurtureDue);
    assertThat(jobAt(quoted, "BoundaryEvent_QuoteExpired").getDuedate()).isEqualTo(expiryDue);
    assertThat(jobAt(quoted, "BoundaryEvent_QuoteExpired").getProcessDefinitionId()).isEqualTo(v2.getId());
    assertThat(runtime.getVariable(quoted.getId(), "stage")).isEqualTo("PROPOSAL");

    complete(qualifying, Map.of("qualificationDecision", "QUALIFY"));
    assertThat(runtime.getActiveActivityIds(qualifying.getId())).containsExactly("Task_HoldDiscoveryDialogue");
    management.executeJob(jobAt(nurtured, "Event_NurturePeriodOver").getId());
    assertThat(tasks.createTaskQuery().processInstanceId(nurtured.getId()).singleResult().getName())
        .isEqualTo("Qualify the lead");
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
    String model = Files.readString(Path.of("processes", "sales-cycle.bpmn"))
        .replace("Task_GiveProductDemo", "Task_ShowProductDemo")
        .replace("name=\"Qualify lead\"", "name=\"Qualify the lead\"")
        .replaceFirst("camunda:versionTag=\"[^\"]*\"", "camunda:versionTag=\"1.4.0\"");
    DeploymentBuilder deployment = repository.createDeployment().name("sales-cycle 1.4.0")
        .addString("sales-cycle.bpmn", model);
    try (Stream<Path> forms = Files.list(Path.of("processes"))) {
      for (Path form : forms.filter(file -> file.toString().endsWith(".form")).toList()) {
        deployment.addString(form.getFileName().toString(), Files.readString(form));
      }
    }
    String deploymentId = deployment.deploy().getId();
    return repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
  }

  private void runBatch(String batchId) {
    Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
    for (String definition : new String[] {batch.getSeedJobDefinitionId(),
        batch.getBatchJobDefinitionId(), batch.getMonitorJobDefinitionId()}) {
      for (Job job : management.createJobQuery().jobDefinitionId(definition).list()) {
        management.executeJob(job.getId());
      }
    }
  }

  private ProcessInstance start() {
    return runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());
  }

  private void walkToDemo(ProcessInstance lead) {
    complete(lead, Map.of("qualificationDecision", "QUALIFY"));
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
