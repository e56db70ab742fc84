package org.salescycle.lookup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.salescycle.identity.ElevatedAccess;
import org.salescycle.lead.Lead;
import org.salescycle.lead.LeadCorrections;
import org.salescycle.lead.LeadNotFoundException;
import org.salescycle.lead.LeadNotes;
import org.salescycle.lead.LeadRepository;
import org.salescycle.lead.OwnerHistory;
import org.salescycle.shared.Caller;
import org.salescycle.stage.StageHistory;
import org.salescycle.stage.TimelineEntry;
import org.springframework.stereotype.Component;

/**
 * Finds a lead the caller may see, and puts together its details: data, open tasks and timeline.
 * A lead the caller may not see is reported as unknown, so ids of other reps' leads reveal nothing.
 */
@Component
public class LeadLookup {

  private final LeadRepository leads;
  private final StageHistory stageHistory;
  private final OwnerHistory ownerHistory;
  private final LeadCorrections corrections;
  private final LeadNotes notes;
  private final TaskService tasks;
  private final ManagementService management;
  private final ElevatedAccess elevated;
  private volatile String taskTable;

  public LeadLookup(LeadRepository leads, StageHistory stageHistory, OwnerHistory ownerHistory,
      LeadNotes notes, LeadCorrections corrections, TaskService tasks,
      ManagementService management, ElevatedAccess elevated) {
    this.notes = notes;
    this.corrections = corrections;
    this.leads = leads;
    this.stageHistory = stageHistory;
    this.ownerHistory = ownerHistory;
    this.tasks = tasks;
    this.management = management;
    this.elevated = elevated;
  }

  public Lead visibleLead(String id, Caller caller) {
    return leads.find(id).filter(lead -> lead.isVisibleTo(caller)).orElseThrow(() -> new LeadNotFoundException(id));
  }

  public LeadDetails details(String id, Caller caller) {
    return details(visibleLead(id, caller));
  }

  public LeadDetails details(Lead lead) {
    if (lead.processInstanceId() == null) {
      return LeadDetails.of(lead, List.of(), timeline(lead));
    }
    List<LeadDetails.OpenTask> openTasks = openTasksOf(lead.processInstanceId()).stream()
        .map(task -> new LeadDetails.OpenTask(task.getId(), task.getName(),
            task.getTaskDefinitionKey(), task.getAssignee(), task.getCreateTime(),
            task.getDueDate(), task.getPriority()))
        .toList();
    return LeadDetails.of(lead, openTasks, timeline(lead));
  }

  /**
   * Stages, owner changes, notes and figures given after nurture by time; entries at one instant
   * keep that order.
   */
  private List<TimelineEntry> timeline(Lead lead) {
    List<TimelineEntry> timeline = new ArrayList<>(lead.processInstanceId() == null ? List.of()
        : stageHistory.of(lead.processInstanceId()));
    timeline.addAll(ownerHistory.of(lead.id()));
    timeline.addAll(notes.of(lead.id()));
    timeline.addAll(corrections.figuresOf(lead.id()));
    timeline.sort(Comparator.comparing(TimelineEntry::happenedAt));
    return timeline;
  }

  /**
   * The instance's tasks, oldest first. Reps may not read tasks they are not candidates for, so it
   * runs unchecked; the lead's visibility was checked before. A native query: the task query API
   * renders its mapping's many optional conditions anew on every call, which was most of the CPU
   * a lead's details took (see docs/benchmarks.md, "A lead's open tasks by a native query").
   */
  private List<Task> openTasksOf(String processInstanceId) {
    return elevated.read(() -> tasks.createNativeTaskQuery()
        .sql("select RES.* from " + taskTable() + " RES"
            + " where RES.PROC_INST_ID_ = #{processInstanceId}"
            + " order by RES.CREATE_TIME_ asc, RES.ID_ asc")
        .parameter("processInstanceId", processInstanceId)
        .list());
  }

  /** The task table's name, with the engine's table prefix if one is configured. */
  private String taskTable() {
    String table = taskTable;
    if (table == null) {
      table = management.getTableName(Task.class);
      taskTable = table;
    }
    return table;
  }
}
