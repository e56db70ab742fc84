package org.salescycle.lead;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.salescycle.identity.SalesGroups;

/**
 * Gives every user task of a deployed process its listeners, so tasks added in Modeler behave the
 * same without Java changes: an urgent lead's tasks open with the urgent priority and due date, a
 * completed task counts as activity on the lead, and the first rep who takes a task of a lead
 * becomes the lead's owner.
 */
class LeadTasksParseListener extends AbstractBpmnParseListener {

  private final LeadRepository leads;
  private final LeadUrgency urgency;

  LeadTasksParseListener(LeadRepository leads, LeadUrgency urgency) {
    this.leads = leads;
    this.urgency = urgency;
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    TaskDefinition definition =
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, this::hurryIfUrgent);
    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, this::recordActivity);
    if (offeredToReps(definition)) {
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, this::makeOwner);
    }
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
      leads.takeOwnership(task.getProcessInstanceId(), task.getAssignee());
    }
  }

  private static boolean offeredToReps(TaskDefinition definition) {
    return definition.getCandidateGroupIdExpressions().stream()
        .map(Expression::getExpressionText)
        .anyMatch(groups -> groups.contains(SalesGroups.REPS));
  }
}
