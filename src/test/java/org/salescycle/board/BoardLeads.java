package org.salescycle.board;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.salescycle.events.LeadEvents;
import org.salescycle.process.Evaluation;
import org.salescycle.process.Leads;
import org.salescycle.shared.Caller;
import org.salescycle.shared.SalesGroups;

/**
 * Open leads of a rep in the stages of her board, walked there through the real process with the
 * engine's clock set back, so that each entered its stage the given number of days ago.
 */
public final class BoardLeads {

  /** A lead on the board: its lead id, process instance and the task the rep has, if any. */
  public record BoardLead(String leadId, String processInstanceId, Task task) {}

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final LeadEvents events;

  public BoardLeads(RuntimeService runtime, TaskService tasks, ManagementService management,
      LeadEvents events) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.events = events;
  }

  /** Waits at "Qualify lead" (stage Qualifying), claimed by the rep. */
  public BoardLead qualifying(String rep, String company, double value, int daysAgo) {
    return daysAgo(daysAgo, () -> {
      ProcessInstance lead = start(company, value);
      tasks.claim(task(lead, "Task_QualifyLead").getId(), rep);
      return onBoard(lead, "Task_QualifyLead");
    });
  }

  /**
   * In "Evaluate prospect" (stage Evaluation): the rep held the discovery dialogue; "Schedule
   * product demo" opens assigned to her, the lead's owner.
   */
  public BoardLead evaluating(String rep, String company, double value, int daysAgo) {
    return daysAgo(daysAgo, () -> {
      ProcessInstance lead = start(company, value);
      claimAndComplete(lead, "Task_QualifyLead", rep, Map.of(
          "qualificationDecision", "QUALIFY", "interestConfirmed", true));
      claimAndComplete(lead, "Task_HoldDiscoveryDialogue", rep,
          Map.of("dialogueOutcome", "PROSPECT"));
      return onBoard(lead, Evaluation.SCHEDULE_DEMO);
    });
  }

  /** At "Prepare quote" (stage Proposal), claimed by the rep. */
  public BoardLead proposal(String rep, String company, double value, int daysAgo) {
    return daysAgo(daysAgo, () -> {
      ProcessInstance lead = start(company, value);
      claimAndComplete(lead, "Task_QualifyLead", rep, Map.of(
          "qualificationDecision", "QUALIFY", "interestConfirmed", true));
      claimAndComplete(lead, "Task_HoldDiscoveryDialogue", rep,
          Map.of("dialogueOutcome", "PROSPECT"));
      Evaluation.pass(management, tasks, lead.getId());
      tasks.claim(task(lead, "Task_PrepareQuote").getId(), rep);
      return onBoard(lead, "Task_PrepareQuote");
    });
  }

  /** The rep raises urgency on her lead, as over the lead API. */
  public void urgent(String rep, BoardLead lead) {
    events.raiseUrgency(lead.leadId(), "Customer's budget closes this month",
        new Caller(rep, Set.of(SalesGroups.REPS)));
  }

  private ProcessInstance start(String company, double value) {
    Map<String, Object> lead = Leads.qualifiedLead();
    lead.put("companyName", company);
    lead.put("estimatedDealValue", value);
    return runtime.startProcessInstanceByKey("sales-cycle", lead);
  }

  private void claimAndComplete(ProcessInstance lead, String taskKey, String rep,
      Map<String, Object> answers) {
    Task task = task(lead, taskKey);
    tasks.claim(task.getId(), rep);
    tasks.complete(task.getId(), answers);
  }

  private BoardLead onBoard(ProcessInstance lead, String taskKey) {
    return new BoardLead((String) runtime.getVariable(lead.getId(), "leadId"), lead.getId(),
        task(lead, taskKey));
  }

  private Task task(ProcessInstance lead, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(lead.getId()).taskDefinitionKey(taskKey)
        .singleResult();
  }

  private static <T> T daysAgo(int days, Supplier<T> walk) {
    ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(days))));
    try {
      return walk.get();
    } finally {
      ClockUtil.reset();
    }
  }
}
