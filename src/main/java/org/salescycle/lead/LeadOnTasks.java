package org.salescycle.lead;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.salescycle.process.SalesCycleProperties;
import org.salescycle.stage.Stage;
import org.salescycle.stage.StageObserver;
import org.salescycle.words.Amounts;
import org.springframework.stereotype.Component;

/**
 * Every task says which lead it is: the company, the lead's stage in words and the deal value
 * with its currency, as task-local variables; and whom to talk to: the contact's name and e-mail
 * from the lead row, under the names forms show them by ({@link ContactFields}: never process
 * variables, and kept out of the history). Whoever may read a task reads its own variables, so
 * a rep's task list shows them although reps may not read the lead's process instance. Written
 * when a task is created and again on the lead's open tasks when its stage or value changes.
 */
@Component
public class LeadOnTasks implements StageObserver {

  public static final String COMPANY = "leadCompany";
  public static final String STAGE = "leadStage";
  public static final String VALUE = "leadValue";

  private final LeadRepository leads;
  private final Currency currency;

  public LeadOnTasks(LeadRepository leads, SalesCycleProperties properties) {
    this.leads = leads;
    this.currency = Currency.getInstance(properties.currency());
  }

  /** Writes the lead's words on a task being created. */
  void label(DelegateTask task, Lead lead) {
    words(lead).forEach(task::setVariableLocal);
  }

  @Override
  public void entered(DelegateExecution processInstance, Stage stage) {
    refresh(processInstance);
  }

  /** After the lead's company, stage or value changed: its open tasks say so, where they differ. */
  public void refresh(DelegateExecution anyExecutionOfTheLead) {
    ExecutionEntity instance = ((ExecutionEntity) anyExecutionOfTheLead).getProcessInstance();
    leads.findByProcessInstance(instance.getId()).ifPresent(lead -> {
      Map<String, String> words = words(lead);
      for (TaskEntity task : openTasks(instance)) {
        words.forEach((name, value) -> {
          if (!Objects.equals(task.getVariableLocal(name), value)) {
            task.setVariableLocal(name, value);
          }
        });
      }
    });
  }

  Map<String, String> words(Lead lead) {
    return Map.of(
        LeadVariables.CONTACT_NAME, lead.contactName() == null ? "" : lead.contactName(),
        LeadVariables.CONTACT_EMAIL, lead.contactEmail() == null ? "" : lead.contactEmail(),
        COMPANY, lead.companyName() == null ? "" : lead.companyName(),
        STAGE, lead.stage() == null ? "" : Stage.valueOf(lead.stage()).label(),
        VALUE, lead.dealValue() == null ? "" : Amounts.format(lead.dealValue(), currency));
  }

  private static List<TaskEntity> openTasks(ExecutionEntity instance) {
    List<TaskEntity> tasks = new ArrayList<>();
    collect(instance, tasks);
    return tasks;
  }

  private static void collect(ExecutionEntity execution, List<TaskEntity> tasks) {
    tasks.addAll(execution.getTasks());
    for (ExecutionEntity child : execution.getExecutions()) {
      collect(child, tasks);
    }
  }
}
