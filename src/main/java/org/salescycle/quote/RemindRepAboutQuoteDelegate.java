package org.salescycle.quote;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Remind rep about quote": while the customer has not answered, puts the open "Record customer
 * decision" task back on the rep's follow-up list (follow-up date now) and counts the reminders.
 */
@Component("remindRepAboutQuote")
public class RemindRepAboutQuoteDelegate implements JavaDelegate {

  static final String DECISION_TASK = "Task_RecordCustomerDecision";
  private static final Logger LOG = LoggerFactory.getLogger(RemindRepAboutQuoteDelegate.class);

  @Override
  public void execute(DelegateExecution execution) {
    TaskService taskService = execution.getProcessEngineServices().getTaskService();
    Object sent = execution.getVariable(QuoteVariables.QUOTE_REMINDERS_SENT);
    int reminders = (sent instanceof Number number ? number.intValue() : 0) + 1;
    execution.setVariable(QuoteVariables.QUOTE_REMINDERS_SENT, reminders);

    for (Task task : taskService.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(DECISION_TASK)
        .list()) {
      task.setFollowUpDate(ClockUtil.getCurrentTime());
      taskService.saveTask(task);
      LOG.info("Reminder {} for quote {}: follow up with the customer (task {}, assignee {})",
          reminders, execution.getVariable(QuoteVariables.QUOTE_NUMBER), task.getId(),
          task.getAssignee());
    }
  }
}
