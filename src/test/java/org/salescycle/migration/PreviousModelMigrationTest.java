package org.salescycle.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.salescycle.process.Leads;
import org.salescycle.quote.QuoteInputs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Leads running on the previous model (1.4.0, kept as a test resource exactly as it was
 * deployed), one waiting at each of its wait states, move to the current model through
 * {@link VersionMigration}: none is left behind, each waits where it waited (the product demo at
 * "Record demo outcome", which declares it replaces it), timers keep their due dates, and each
 * goes on along the current model.
 */
@SpringBootTest
@ActiveProfiles("test")
class PreviousModelMigrationTest {

  private static final String PREVIOUS = "/models/sales-cycle-1.4.0.bpmn";
  private static final Path CURRENT = Path.of("processes", "sales-cycle.bpmn");

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired VersionMigration migration;

  @Test
  void leadsAtEveryWaitStateOfThePreviousModelMoveToTheCurrentOneAndGoOn() throws IOException {
    ProcessDefinition previous = deploy("sales-cycle 1.4.0", previousModel());
    Map<String, ProcessInstance> waiting = new LinkedHashMap<>();
    ProcessDefinition current;
    try {
      waiting.put("qualifying", start(previous));
      waiting.put("nurtured", nurtured(previous));
      waiting.put("in dialogue", inDialogue(previous));
      waiting.put("in evaluation", inEvaluation(previous));
      waiting.put("credit review", creditReview(previous));
      waiting.put("demo given", demoGiven(previous));
      waiting.put("preparing quote", preparingQuote(previous));
      waiting.put("discount approval", discountApproval(previous));
      waiting.put("quote to send", quoteToSend(previous));
      waiting.put("quote sent", quoteSent(previous));
      waiting.put("accepted", accepted(previous));
      waiting.put("stalled review", stalledReview(previous));
    } finally {
      current = deploy("sales-cycle current", Files.readString(CURRENT));
    }
    Map<String, List<String>> activitiesBefore = new LinkedHashMap<>();
    Map<String, List<Date>> timersBefore = new LinkedHashMap<>();
    waiting.forEach((name, lead) -> {
      activitiesBefore.put(name, runtime.getActiveActivityIds(lead.getId()).stream()
          .map(id -> id.equals("Task_GiveProductDemo") ? "Task_RecordDemoOutcome" : id)
          .sorted().toList());
      timersBefore.put(name, timerDueDates(lead));
    });

    MigrationReport report = migration.migrateToLatest("sales-cycle");
    MigrationReport.FromVersion fromPrevious = report.fromVersions().stream()
        .filter(from -> from.sourceDefinitionId().equals(previous.getId())).findFirst()
        .orElseThrow();
    assertThat(fromPrevious.leftBehind()).as("every wait state of 1.4.0 has a place").isEmpty();
    assertThat(fromPrevious.migrating()).isEqualTo(waiting.size());
    runBatch(fromPrevious.batchId());

    waiting.forEach((name, lead) -> {
      assertThat(definitionOf(lead)).as(name).isEqualTo(current.getId());
      assertThat(runtime.getActiveActivityIds(lead.getId()).stream().sorted().toList()).as(name)
          .isEqualTo(activitiesBefore.get(name));
      assertThat(timerDueDates(lead)).as(name + ": timers keep their due dates")
          .isEqualTo(timersBefore.get(name));
    });

    complete(waiting.get("qualifying"), "Task_QualifyLead",
        Map.of("qualificationDecision", "QUALIFY", "interestConfirmed", true));
    assertThat(runtime.getActiveActivityIds(waiting.get("qualifying").getId()))
        .contains("Task_HoldDiscoveryDialogue");
    executeJobAt(waiting.get("nurtured"), "Event_NurturePeriodOver");
    assertThat(runtime.getActiveActivityIds(waiting.get("nurtured").getId()))
        .as("after the move, a nurtured lead's figures are updated before it is assessed again")
        .containsExactly("Task_UpdateLeadFigures");
    ProcessInstance inEvaluation = waiting.get("in evaluation");
    executeJobAt(inEvaluation, "Task_RunCreditCheck");
    complete(inEvaluation, "Task_RecordDemoOutcome",
        Map.of("demoOutcome", "HELD", "demoFeedback", "Liked the reporting"));
    executeJobsAt(inEvaluation, "Gateway_EvaluationComplete");
    assertThat(runtime.getActiveActivityIds(inEvaluation.getId()))
        .as("a demo the old model had open is recorded as held at once: no meeting was scheduled")
        .containsExactly("Task_PrepareQuote");
    ProcessInstance demoGiven = waiting.get("demo given");
    executeJobAt(demoGiven, "Task_RunCreditCheck");
    executeJobsAt(demoGiven, "Gateway_EvaluationComplete");
    assertThat(runtime.getActiveActivityIds(demoGiven.getId())).containsExactly("Task_PrepareQuote");
    executeJobAt(waiting.get("accepted"), "Task_ConvertToCustomer");
    assertThat(runtime.createProcessInstanceQuery()
        .processInstanceId(waiting.get("accepted").getId()).count()).isZero();

    waiting.values().forEach(lead -> runtime.deleteProcessInstanceIfExists(lead.getId(),
        "test done", true, true, true, false));
  }

  private ProcessInstance nurtured(ProcessDefinition previous) {
    ProcessInstance lead = start(previous);
    complete(lead, "Task_QualifyLead", Map.of("qualificationDecision", "NURTURE",
        "ownQualificationReason", "Budget only next year"));
    return lead;
  }

  private ProcessInstance inDialogue(ProcessDefinition previous) {
    ProcessInstance lead = start(previous);
    complete(lead, "Task_QualifyLead", Map.of("qualificationDecision", "QUALIFY",
        "interestConfirmed", true));
    return lead;
  }

  private ProcessInstance inEvaluation(ProcessDefinition previous) {
    ProcessInstance lead = inDialogue(previous);
    complete(lead, "Task_HoldDiscoveryDialogue", Map.of("dialogueOutcome", "PROSPECT"));
    return lead;
  }

  private ProcessInstance creditReview(ProcessDefinition previous) {
    ProcessInstance lead = runtime.startProcessInstanceById(previous.getId(),
        Leads.with(Leads.qualifiedLead(), "yearsInBusiness", 1));
    complete(lead, "Task_QualifyLead", Map.of("qualificationDecision", "QUALIFY",
        "interestConfirmed", true));
    complete(lead, "Task_HoldDiscoveryDialogue", Map.of("dialogueOutcome", "PROSPECT"));
    executeJobAt(lead, "Task_RunCreditCheck");
    return lead;
  }

  /** Credit check still to run, demo given: a job waits at the evaluation's join. */
  private ProcessInstance demoGiven(ProcessDefinition previous) {
    ProcessInstance lead = inEvaluation(previous);
    complete(lead, "Task_GiveProductDemo", Map.of());
    return lead;
  }

  private ProcessInstance preparingQuote(ProcessDefinition previous) {
    ProcessInstance lead = inEvaluation(previous);
    executeJobAt(lead, "Task_RunCreditCheck");
    complete(lead, "Task_GiveProductDemo", Map.of());
    executeJobsAt(lead, "Gateway_EvaluationComplete");
    return lead;
  }

  private ProcessInstance discountApproval(ProcessDefinition previous) {
    ProcessInstance lead = preparingQuote(previous);
    complete(lead, "Task_PrepareQuote", QuoteInputs.worth(40_000, 30));
    assertThat(runtime.getActiveActivityIds(lead.getId())).contains("Task_ApproveDiscount");
    return lead;
  }

  private ProcessInstance quoteToSend(ProcessDefinition previous) {
    ProcessInstance lead = preparingQuote(previous);
    complete(lead, "Task_PrepareQuote", QuoteInputs.worth(40_000, 5));
    return lead;
  }

  private ProcessInstance quoteSent(ProcessDefinition previous) {
    ProcessInstance lead = quoteToSend(previous);
    executeJobAt(lead, "Task_SendQuote");
    return lead;
  }

  private ProcessInstance accepted(ProcessDefinition previous) {
    ProcessInstance lead = quoteSent(previous);
    complete(lead, "Task_RecordCustomerDecision", Map.of("customerDecision", "ACCEPTED"));
    return lead;
  }

  private ProcessInstance stalledReview(ProcessDefinition previous) {
    ProcessInstance lead = start(previous);
    executeJobAt(lead, "BoundaryEvent_QualifyLeadOverdue");
    return lead;
  }

  private String previousModel() throws IOException {
    try (InputStream model = getClass().getResourceAsStream(PREVIOUS)) {
      return new String(model.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private ProcessDefinition deploy(String name, String model) throws IOException {
    return ModelVersions.deploy(repository, name, model);
  }

  private ProcessInstance start(ProcessDefinition version) {
    return runtime.startProcessInstanceById(version.getId(), Leads.qualifiedLead());
  }

  private void complete(ProcessInstance lead, String taskKey, Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(lead.getId())
        .taskDefinitionKey(taskKey).singleResult().getId(), variables);
  }

  private void executeJobAt(ProcessInstance lead, String activityId) {
    management.executeJob(management.createJobQuery().processInstanceId(lead.getId())
        .activityId(activityId).singleResult().getId());
  }

  private void executeJobsAt(ProcessInstance lead, String activityId) {
    management.createJobQuery().processInstanceId(lead.getId()).activityId(activityId).list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  private List<Date> timerDueDates(ProcessInstance lead) {
    return management.createJobQuery().processInstanceId(lead.getId()).timers()
        .orderByJobDuedate().asc().list().stream().map(Job::getDuedate).toList();
  }

  private void runBatch(String batchId) {
    ModelVersions.runBatch(management, batchId);
  }

  private String definitionOf(ProcessInstance lead) {
    return runtime.createProcessInstanceQuery().processInstanceId(lead.getId()).singleResult()
        .getProcessDefinitionId();
  }
}
