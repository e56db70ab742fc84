package org.salescycle.benchmark.bare;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;

/**
 * The shape of processes/sales-cycle.bpmn for the bare engine: the same wait states, timers,
 * asynchronous steps and withdrawal subprocess, with no-op service tasks where the real model has
 * delegates and decision tables, and no listeners. A new lead runs from the start event to
 * "Qualify lead" as in the real model; the whole cycle ends at "Customer won".
 */
public final class SalesCycleShape {

  public static final String KEY = "bare-sales-cycle";
  /** Candidate group of the user tasks (the engine's default id pattern takes no dash). */
  public static final String REPS = "salesreps";

  private SalesCycleShape() {}

  /** Element ids as in the real model, so that the same client drives both. */
  public static BpmnModelInstance model() {
    ProcessBuilder process = Bpmn.createExecutableProcess(KEY).name("Sales cycle shape")
        .camundaHistoryTimeToLive(365);
    process.eventSubProcess("SubProcess_Withdrawal")
        .startEvent("StartEvent_ProspectWithdrew").message("ProspectWithdrew")
        .endEvent("EndEvent_ProspectWithdrew");
    return process
        .startEvent("StartEvent_LeadReceived")
        .serviceTask("Task_CheckDuplicateLead").camundaClass(NoOpDelegate.class)
        .exclusiveGateway("Gateway_DuplicateLead")
          .condition("duplicate", "${false}")
          .endEvent("EndEvent_DuplicateLead")
        .moveToLastGateway()
          .condition("new lead", "${true}")
        .exclusiveGateway("Gateway_JoinAssessment")
        .serviceTask("Task_AssessLead").camundaClass(NoOpDelegate.class)
        .userTask("Task_QualifyLead").camundaCandidateGroups(REPS)
          .boundaryEvent("BoundaryEvent_QualifyLeadOverdue").cancelActivity(false)
          .timerWithDuration("P3D").endEvent("EndEvent_QualifyLeadOverdue")
        .moveToActivity("Task_QualifyLead")
        .exclusiveGateway("Gateway_QualificationDecision")
          .condition("disqualified", "${qualificationDecision == 'DISQUALIFY'}")
          .endEvent("EndEvent_LeadDisqualified")
        .moveToLastGateway()
          .condition("nurture", "${qualificationDecision == 'NURTURE'}")
          .intermediateCatchEvent("Event_NurturePeriodOver").timerWithDuration("P90D")
          .connectTo("Gateway_JoinAssessment")
        .moveToNode("Gateway_QualificationDecision")
          .condition("qualified", "${qualificationDecision == 'QUALIFY'}")
        .userTask("Task_HoldDiscoveryDialogue").camundaCandidateGroups(REPS)
          .boundaryEvent("BoundaryEvent_DialogueOverdue").cancelActivity(false)
          .timerWithDuration("P8D").endEvent("EndEvent_DialogueOverdue")
        .moveToActivity("Task_HoldDiscoveryDialogue")
        .exclusiveGateway("Gateway_DialogueOutcome")
          .condition("lost", "${dialogueOutcome != 'PROSPECT'}")
          .endEvent("EndEvent_LostInDialogue")
        .moveToLastGateway()
          .condition("prospect", "${dialogueOutcome == 'PROSPECT'}")
        .parallelGateway("Gateway_StartEvaluation")
          .serviceTask("Task_RunCreditCheck").camundaAsyncBefore()
          .camundaClass(NoOpDelegate.class)
          .parallelGateway("Gateway_EvaluationComplete").camundaAsyncBefore()
        .moveToNode("Gateway_StartEvaluation")
          .userTask("Task_GiveProductDemo").camundaCandidateGroups(REPS)
          .connectTo("Gateway_EvaluationComplete")
        .moveToNode("Gateway_EvaluationComplete")
        .userTask("Task_PrepareQuote").camundaCandidateGroups(REPS)
        .serviceTask("Task_DecideDiscountApproval").camundaClass(NoOpDelegate.class)
        .serviceTask("Task_SendQuote").camundaAsyncBefore().camundaClass(NoOpDelegate.class)
        .userTask("Task_RecordCustomerDecision").camundaCandidateGroups(REPS)
          .boundaryEvent("BoundaryEvent_QuoteReminder").cancelActivity(false)
          .timerWithCycle("R/P7D").endEvent("EndEvent_QuoteReminder")
        .moveToActivity("Task_RecordCustomerDecision")
        .exclusiveGateway("Gateway_CustomerDecision")
          .condition("not accepted", "${customerDecision != 'ACCEPTED'}")
          .endEvent("EndEvent_QuoteNotAccepted")
        .moveToLastGateway()
          .condition("accepted", "${customerDecision == 'ACCEPTED'}")
        .serviceTask("Task_ConvertToCustomer").camundaAsyncBefore()
        .camundaClass(NoOpDelegate.class)
        .endEvent("EndEvent_CustomerWon")
        .done();
  }

  public static void deployTo(ProcessEngine engine) {
    engine.getRepositoryService().createDeployment().name("sales-cycle-shape")
        .addModelInstance("sales-cycle-shape.bpmn", model()).deploy();
  }

  public static String xml() {
    return Bpmn.convertToString(model());
  }
}
