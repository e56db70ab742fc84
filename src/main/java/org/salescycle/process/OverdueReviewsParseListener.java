package org.salescycle.process;

import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Makes an overdue review follow the task it watches. A boundary timer with the extension
 * property {@value #PROPERTY} (the ids of the user tasks it watches, comma separated) fires
 * {@code sales-cycle.overdue-grace} after the watched task's current due date: set when the task
 * opens and moved whenever the due date moves (urgency, a manager in Tasklist, the REST API), both
 * ways. The timer may sit on the task itself or on a subprocess around it.
 */
class OverdueReviewsParseListener extends AbstractBpmnParseListener {

  static final String PROPERTY = "overdueAfterDueDateOf";

  private final Duration grace;

  OverdueReviewsParseListener(Duration grace) {
    this.grace = grace;
  }

  @Override
  public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl timer) {
    String watched = property(element);
    if (watched == null) {
      return;
    }
    for (String taskId : Arrays.stream(watched.split(",")).map(String::trim).toList()) {
      ActivityImpl task = scope.getProcessDefinition().findActivity(taskId);
      if (task == null || !(task.getActivityBehavior() instanceof UserTaskActivityBehavior user)) {
        throw new IllegalArgumentException("Boundary event " + timer.getId() + " names "
            + taskId + " in " + PROPERTY + ", which is not a user task of the process");
      }
      TaskListener follow = delegateTask -> whenCommandEnds(() -> followDueDate(delegateTask,
          timer.getId()));
      user.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, follow);
      user.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, follow);
    }
  }

  /**
   * Waits for the end of the command, so every other listener of the task (an urgent lead's
   * hurried due date among them) has had its say, but before the engine writes to the database.
   */
  private static void whenCommandEnds(Runnable action) {
    Context.getCommandContext().registerCommandContextListener(new CommandContextListener() {
      @Override
      public void onCommandContextClose(CommandContext commandContext) {
        action.run();
      }

      @Override
      public void onCommandFailed(CommandContext commandContext, Throwable failure) {}
    });
  }

  private void followDueDate(DelegateTask delegateTask, String timerActivityId) {
    Date due = delegateTask.getDueDate();
    if (due == null) {
      return;
    }
    Date overdueAt = Date.from(due.toInstant().plus(grace));
    ExecutionEntity execution = ((TaskEntity) delegateTask).getExecution();
    // An execution's jobs include the timer its activity created in this very command.
    for (; execution != null; execution = execution.getParent()) {
      for (JobEntity job : execution.getJobs()) {
        if (job instanceof TimerEntity timer && timerActivityId.equals(timer.getActivityId())
            && !overdueAt.equals(timer.getDuedate())) {
          timer.setDuedate(overdueAt);
        }
      }
    }
  }

  private static String property(Element element) {
    Element extensions = element.element("extensionElements");
    Element properties = extensions == null ? null
        : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties == null) {
      return null;
    }
    return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
        .filter(property -> PROPERTY.equals(property.attribute("name")))
        .map(property -> property.attribute("value"))
        .findFirst().orElse(null);
  }
}
