package org.salescycle.forms;

import static org.salescycle.process.JsonVariables.json;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.salescycle.demo.DemoMeetingWords;
import org.salescycle.quote.QuoteLineRows;

/**
 * Gives every user task of a deployed process, as it opens, the texts its form shows: the
 * process's figures and codes in words ({@link FormWords}) and, once the deal has a quote, the
 * quote's lines as rows for a table ({@value #QUOTE_LINE_ROWS}) and, while a demo is scheduled,
 * the meeting ({@link DemoMeetingWords}). They are task-local: they end
 * with the task, and a form added in Modeler may show any of them.
 */
class FormWordsParseListener extends AbstractBpmnParseListener {

  static final String QUOTE_LINE_ROWS = "quoteLineRows";

  private final Currency dealCurrency;
  private final QuoteLineRows quoteLines;
  private final DemoMeetingWords demoMeeting;

  FormWordsParseListener(Currency dealCurrency, QuoteLineRows quoteLines,
      DemoMeetingWords demoMeeting) {
    this.dealCurrency = dealCurrency;
    this.quoteLines = quoteLines;
    this.demoMeeting = demoMeeting;
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, this::putWords);
  }

  private void putWords(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    if (execution == null) {
      return;
    }
    task.setVariablesLocal(FormWords.of(execution::getVariable, dealCurrency));
    List<Map<String, String>> rows = quoteLines.of(execution.getProcessInstanceId());
    if (!rows.isEmpty()) {
      task.setVariableLocal(QUOTE_LINE_ROWS, json(rows));
    }
    task.setVariablesLocal(demoMeeting.of(execution));
  }
}
