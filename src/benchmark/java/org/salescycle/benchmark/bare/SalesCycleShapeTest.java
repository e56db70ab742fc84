package org.salescycle.benchmark.bare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.salescycle.process.Leads;

/**
 * The benchmarks' baseline runs the real model's shape: every element of
 * processes/sales-cycle.bpmn, nothing of this application, and a lead still goes all the way.
 */
class SalesCycleShapeTest {

  /** What the benchmark's clients send when they complete the tasks, and a constant. */
  private static final Set<String> NAMES_IN_EXPRESSIONS = Set.of("qualificationDecision",
      "dialogueOutcome", "creditReviewDecision", "demoOutcome", "discountDecision", "customerDecision",
      "nurtureDecision", "false");
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern NAME = Pattern.compile("[a-zA-Z]\\w*");

  private static ProcessEngine engine;

  @BeforeAll
  static void startEngine() {
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("bare-shape-test")
        .setJdbcUrl("jdbc:h2:mem:bare-shape-test;DB_CLOSE_DELAY=-1")
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setJobExecutorActivate(false)
        .buildProcessEngine();
    SalesCycleShape.deployTo(engine);
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @Test
  void hasEveryElementAndFlowOfTheRealModel() {
    assertThat(elements(SalesCycleShape.model())).isEqualTo(elements(SalesCycleShape.realModel()))
        .containsEntry("BoundaryEvent_PrepareQuoteOverdue", "boundaryEvent")
        .containsEntry("SubProcess_EvaluateProspect", "subProcess")
        .containsEntry("Flow_AcceptedByMessage",
            "sequenceFlow BoundaryEvent_QuoteAccepted -> Gateway_JoinAccepted");
  }

  @Test
  void keepsNothingOfTheApplication() {
    String xml = SalesCycleShape.xml();

    assertThat(xml).doesNotContain("extensionElements", "delegateExpression", "decisionRef",
        "formRef", "camunda:dueDate", "sales-reps", "sales-managers");
    Matcher expression = EXPRESSION.matcher(xml);
    while (expression.find()) {
      Matcher name = NAME.matcher(expression.group(1).replaceAll("'[^']*'", ""));
      while (name.find()) {
        assertThat(name.group()).as(expression.group()).isIn(NAMES_IN_EXPRESSIONS);
      }
    }
    assertThat(xml).contains("camunda:class=\"" + NoOpDelegate.class.getName() + "\"")
        .contains("camunda:asyncBefore=\"true\"");
  }

  @Test
  void takesALeadThroughEveryStepToCustomerWon() {
    String id = engine.getRuntimeService()
        .startProcessInstanceByKey(SalesCycleShape.KEY, "lead-1", Leads.qualifiedLead())
        .getId();

    complete(id, "Task_QualifyLead", Map.of(
        "qualificationDecision", "QUALIFY", "interestConfirmed", true));
    complete(id, "Task_HoldDiscoveryDialogue", Map.of("dialogueOutcome", "PROSPECT"));
    complete(id, "Task_ScheduleProductDemo", Map.of());
    runJobs(id);
    complete(id, "Task_RecordDemoOutcome", Map.of("demoOutcome", "HELD"));
    runJobs(id);
    assertThat(timersOf(id)).containsExactly("BoundaryEvent_PrepareQuoteOverdue");
    complete(id, "Task_PrepareQuote", Map.of());
    runJobs(id);
    assertThat(timersOf(id))
        .containsExactlyInAnyOrder("BoundaryEvent_QuoteReminder", "BoundaryEvent_QuoteExpired");
    complete(id, "Task_RecordCustomerDecision", Map.of("customerDecision", "ACCEPTED"));
    runJobs(id);

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(id).singleResult().getState())
        .isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(id).activityType("noneEndEvent").list())
        .extracting(HistoricActivityInstance::getActivityId)
        .containsExactly("EndEvent_EvaluationComplete");
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(id).activityType("terminateEndEvent").list())
        .extracting(HistoricActivityInstance::getActivityId)
        .containsExactly("EndEvent_CustomerWon");
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(id).list())
        .extracting(HistoricActivityInstance::getActivityId)
        .contains("Event_BecameProspect", "SubProcess_EvaluateProspect", "Task_RunCreditCheck",
            "Gateway_EvaluationComplete", "Task_DecideDiscountApproval", "Task_SendQuote",
            "Task_ConvertToCustomer");
  }

  private static Map<String, String> elements(BpmnModelInstance model) {
    Map<String, String> elements = new TreeMap<>();
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      String type = element.getElementType().getTypeName();
      elements.put(element.getId(), element instanceof SequenceFlow flow
          ? type + " " + flow.getSource().getId() + " -> " + flow.getTarget().getId() : type);
    }
    return elements;
  }

  private static void complete(String processInstanceId, String taskKey,
      Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as(taskKey).isNotNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
        .extracting(IdentityLink::getGroupId).containsExactly(SalesCycleShape.REPS);
    engine.getTaskService().complete(task.getId(), variables);
  }

  /** Runs the jobs that are due now (the asynchronous steps), not the timers. */
  private static void runJobs(String processInstanceId) {
    List<Job> due;
    while (!(due = engine.getManagementService().createJobQuery()
        .processInstanceId(processInstanceId).executable().list()).isEmpty()) {
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  private static List<String> timersOf(String processInstanceId) {
    return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
        .timers().list().stream()
        .map(job -> engine.getManagementService().createJobDefinitionQuery()
            .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId())
        .toList();
  }
}
