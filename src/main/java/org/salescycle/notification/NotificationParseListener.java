package org.salescycle.notification;

import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Lets every user task of a deployed process report its creation and assignments, so tasks added
 * in Modeler are e-mailed about without Java changes, and lets the quote's outcome events tell
 * the lead's owner.
 */
class NotificationParseListener extends AbstractBpmnParseListener {

  private final Supplier<QuoteOutcomeNotifications> quoteOutcomes;

  NotificationParseListener(Supplier<QuoteOutcomeNotifications> quoteOutcomes) {
    this.quoteOutcomes = quoteOutcomes;
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    TaskDefinition definition =
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
        task -> TaskEvents.ofCurrentCommand().created(task));
    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT,
        task -> TaskEvents.ofCurrentCommand().assigned(task));
  }

  @Override
  public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    if (QuoteOutcomeNotifications.QUOTE_ACCEPTED.equals(activity.getId())) {
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
          (ExecutionListener) execution -> quoteOutcomes.get().accepted(execution));
    } else if (QuoteOutcomeNotifications.QUOTE_EXPIRED.equals(activity.getId())) {
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
          (ExecutionListener) execution -> quoteOutcomes.get().expired(execution));
    }
  }
}
