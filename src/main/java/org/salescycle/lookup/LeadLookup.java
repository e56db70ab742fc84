package org.salescycle.lookup;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.salescycle.api.Caller;
import org.salescycle.api.LeadNotFoundException;
import org.salescycle.identity.ElevatedAccess;
import org.salescycle.lead.Lead;
import org.salescycle.lead.LeadRepository;
import org.salescycle.stage.StageHistory;
import org.springframework.stereotype.Component;

/**
 * Finds a lead the caller may see, and puts together its details: data, open tasks and timeline.
 * A lead the caller may not see is reported as unknown, so ids of other reps' leads reveal nothing.
 */
@Component
public class LeadLookup {

  private final LeadRepository leads;
  private final StageHistory stageHistory;
  private final TaskService tasks;
  private final ElevatedAccess elevated;

  public LeadLookup(LeadRepository leads, StageHistory stageHistory, TaskService tasks,
      ElevatedAccess elevated) {
    this.leads = leads;
    this.stageHistory = stageHistory;
    this.tasks = tasks;
    this.elevated = elevated;
  }

  public Lead visibleLead(String id, Caller caller) {
    return leads.find(id).filter(caller::mayAccess).orElseThrow(() -> new LeadNotFoundException(id));
  }

  public LeadDetails details(String id, Caller caller) {
    return details(visibleLead(id, caller));
  }

  public LeadDetails details(Lead lead) {
    if (lead.processInstanceId() == null) {
      return LeadDetails.of(lead, List.of(), List.of());
    }
    // Reps may not read tasks they are not candidates for; the lead's visibility was checked above.
    List<LeadDetails.OpenTask> openTasks = elevated.read(() -> tasks.createTaskQuery()
        .processInstanceId(lead.processInstanceId())
        .orderByTaskCreateTime().asc()
        .list().stream()
        .map(task -> new LeadDetails.OpenTask(task.getId(), task.getName(),
            task.getTaskDefinitionKey(), task.getAssignee(), task.getCreateTime(),
            task.getDueDate(), task.getPriority()))
        .toList());
    return LeadDetails.of(lead, openTasks, stageHistory.of(lead.processInstanceId()));
  }
}
