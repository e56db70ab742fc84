package org.salescycle.cockpit;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.salescycle.process.Evaluation;
import org.salescycle.process.Leads;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A sales team's week for Cockpit's pictures: leads walked through the real process by their reps
 * to the stage a test needs (qualifying, nurtured, in evaluation, at the proposal, won, lost or
 * disqualified), each with its company and deal value. The job executor is off in tests, so the
 * walk runs the jobs on the way itself.
 */
final class SalesFloor {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final JdbcTemplate jdbc;

  SalesFloor(RuntimeService runtime, TaskService tasks, ManagementService management,
      JdbcTemplate jdbc) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.jdbc = jdbc;
  }

  /** Waits at "Qualify lead", claimed by the rep. */
  ProcessInstance qualifying(String company, int dealValue, String rep) {
    Map<String, Object> lead = Leads.qualifiedLead();
    lead.put("companyName", company);
    lead.put("estimatedDealValue", (double) dealValue);
    ProcessInstance instance = runtime.startProcessInstanceByKey("sales-cycle", lead);
    tasks.claim(task(instance).getId(), rep);
    return instance;
  }

  ProcessInstance nurtured(String company, int dealValue, String rep) {
    ProcessInstance instance = qualifying(company, dealValue, rep);
    complete(instance, Map.of("qualificationDecision", "NURTURE",
        "ownQualificationReason", "Budget only next year"));
    return instance;
  }

  ProcessInstance disqualified(String company, int dealValue, String rep) {
    ProcessInstance instance = qualifying(company, dealValue, rep);
    complete(instance, Map.of("qualificationDecision", "DISQUALIFY",
        "ownQualificationReason", "Bought from a competitor"));
    return instance;
  }

  /** Waits at "Hold discovery dialogue": still qualifying. */
  ProcessInstance inDiscovery(String company, int dealValue, String rep) {
    ProcessInstance instance = qualifying(company, dealValue, rep);
    complete(instance, Map.of("qualificationDecision", "QUALIFY", "interestConfirmed", true));
    tasks.claim(task(instance).getId(), rep);
    return instance;
  }

  ProcessInstance lost(String company, int dealValue, String rep) {
    ProcessInstance instance = inDiscovery(company, dealValue, rep);
    complete(instance, Map.of("dialogueOutcome", "LOST", "lostReason", "NO_INTEREST"));
    return instance;
  }

  /** A prospect whose credit check and demo are under way. */
  ProcessInstance inEvaluation(String company, int dealValue, String rep) {
    ProcessInstance instance = inDiscovery(company, dealValue, rep);
    complete(instance, Map.of("dialogueOutcome", "PROSPECT"));
    return instance;
  }

  /** Waits at "Prepare quote". */
  ProcessInstance atProposal(String company, int dealValue, String rep) {
    ProcessInstance instance = inEvaluation(company, dealValue, rep);
    Evaluation.pass(management, tasks, instance.getId());
    return instance;
  }

  /**
   * Won: from the proposal straight to "Convert to customer", as an operator moves an instance
   * in Cockpit whose quote the customer accepted outside the application.
   */
  ProcessInstance won(String company, int dealValue, String rep) {
    ProcessInstance instance = atProposal(company, dealValue, rep);
    runtime.createProcessInstanceModification(instance.getId())
        .cancelAllForActivity("Task_PrepareQuote")
        .startBeforeActivity("Task_ConvertToCustomer")
        .execute();
    management.createJobQuery().processInstanceId(instance.getId())
        .activityId("Task_ConvertToCustomer").list()
        .forEach(job -> management.executeJob(job.getId()));
    return instance;
  }

  /** Nobody worked on the lead for these days: its last activity, and so its stage, is older. */
  void idleFor(ProcessInstance instance, int days) {
    Timestamp since = Timestamp.from(Instant.now().minus(Duration.ofDays(days)));
    jdbc.update("""
        update sales_lead set last_activity_at = ?, stage_entered_at = least(stage_entered_at, ?)
         where process_instance_id = ?""", since, since, instance.getId());
  }

  private Task task(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private void complete(ProcessInstance instance, Map<String, Object> answers) {
    tasks.complete(task(instance).getId(), answers);
  }
}
