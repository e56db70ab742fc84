package org.salescycle.lead;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.salescycle.shared.SalesGroups;

/**
 * Gives every user task of a deployed process its listeners, so tasks added in Modeler behave the
 * same without Java changes: each task says which lead it is and shows its contact
 * ({@link LeadOnTasks}), the notes written in a completed task go to the lead ({@link TaskNotes}),
 * an urgent
 * lead's tasks open with the urgent priority and due date, a completed task counts as activity on
 * the lead, the first rep who takes a task of a lead becomes the lead's owner, and from then on
 * each step offered to the reps opens assigned to the owner.
 */
class LeadTasksParseListener extends AbstractBpmnParseListener {

  private final LeadRepository leads;
  private final LeadUrgency urgency;
  private final LeadOnTasks leadOnTasks;
  private final OwnerHistory owners;
  private final TaskNotes notes;

  LeadTasksParseListener(LeadRepository leads, LeadUrgency urgency, LeadOnTasks leadOnTasks,
      OwnerHistory owners, TaskNotes notes) {
    this.leads = leads;
    this.urgency = urgency;
    this.leadOnTasks = leadOnTasks;
    this.owners = owners;
    this.notes = notes;
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    TaskDefinition definition =
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
    boolean offeredToReps = offeredToReps(definition);
    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
        task -> describe(task, offeredToReps));
    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, this::hurryIfUrgent);
    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, notes::takeFrom);
    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, this::recordActivity);
    if (offeredToReps) {
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, this::makeOwner);
    }
  }

  /** Names the task's lead on it and, for a rep's step of an owned lead, assigns it to the owner. */
  private void describe(DelegateTask task, boolean offeredToReps) {
    if (task.getProcessInstanceId() == null) {
      return;
    }
    leads.findByProcessInstance(task.getProcessInstanceId()).ifPresent(lead -> {
      leadOnTasks.label(task, lead);
      if (offeredToReps && lead.owner() != null && task.getAssignee() == null
          && isRep(lead.owner())) {
        task.setAssignee(lead.owner());
      }
    });
  }

  /** An owner who has left the reps gets no new steps: they stay in the reps' queue. */
  private static boolean isRep(String userId) {
    CommandContext context = Context.getCommandContext();
    return context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider()
        .createUserQuery(context).userId(userId).memberOfGroup(SalesGroups.REPS).count() > 0);
  }

  private void hurryIfUrgent(DelegateTask task) {
    if (Boolean.TRUE.equals(urgentFlagOf(task))) {
      task.setPriority(urgency.priority(task.getPriority()));
      task.setDueDate(urgency.dueDate(task.getDueDate()));
      if (task.getProcessInstanceId() != null) {
        leads.markUrgentByInstance(task.getProcessInstanceId());
      }
    }
  }

  /**
   * Read from the task's execution: a task being created has no variables of its own yet, but
   * asking the task for one makes the engine select them from the database first.
   */
  private static Object urgentFlagOf(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    return execution != null
        ? execution.getVariable(LeadVariables.URGENT)
        : task.getVariable(LeadVariables.URGENT);
  }

  private void recordActivity(DelegateTask task) {
    if (task.getProcessInstanceId() != null) {
      leads.recordActivity(task.getProcessInstanceId(), ClockUtil.getCurrentTime().toInstant());
    }
  }

  private void makeOwner(DelegateTask task) {
    if (task.getAssignee() != null && task.getProcessInstanceId() != null) {
      owners.takeIfUnowned(task.getProcessInstanceId(), task.getAssignee(),
          ClockUtil.getCurrentTime().toInstant());
    }
  }

  private static boolean offeredToReps(TaskDefinition definition) {
    return definition.getCandidateGroupIdExpressions().stream()
        .map(Expression::getExpressionText)
        .anyMatch(groups -> groups.contains(SalesGroups.REPS));
  }
}
