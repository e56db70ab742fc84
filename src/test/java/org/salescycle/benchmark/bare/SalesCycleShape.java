package org.salescycle.benchmark.bare;

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
  public static final String QUALIFY_LEAD = "QualifyLead";
  public static final String HOLD_DISCOVERY_DIALOGUE = "HoldDiscoveryDialogue";
  public static final String GIVE_PRODUCT_DEMO = "GiveProductDemo";
  public static final String PREPARE_QUOTE = "PrepareQuote";
  public static final String RECORD_CUSTOMER_DECISION = "RecordCustomerDecision";

  private SalesCycleShape() {}

  public static BpmnModelInstance model() {
    ProcessBuilder process = Bpmn.createExecutableProcess(KEY).name("Sales cycle shape")
        .camundaHistoryTimeToLive(365);
    process.eventSubProcess("Withdrawal")
        .startEvent("ProspectWithdrew").message("ProspectWithdrew")
        .endEvent("Withdrew");
    return process
        .startEvent("LeadReceived")
        .serviceTask("CheckDuplicateLead").camundaClass(NoOpDelegate.class)
        .exclusiveGateway("Duplicate")
          .condition("duplicate", "${false}")
          .endEvent("DuplicateClosed")
        .moveToLastGateway()
          .condition("new lead", "${true}")
        .serviceTask("AssessLead").camundaClass(NoOpDelegate.class)
        .userTask(QUALIFY_LEAD).camundaCandidateGroups("sales-reps")
          .boundaryEvent("QualifyLeadOverdue").cancelActivity(false).timerWithDuration("P3D")
          .endEvent("QualifyLeadOverdueNoted")
        .moveToActivity(QUALIFY_LEAD)
        .exclusiveGateway("QualificationDecision")
          .condition("disqualified", "${qualificationDecision != 'QUALIFY'}")
          .endEvent("Disqualified")
        .moveToLastGateway()
          .condition("qualified", "${qualificationDecision == 'QUALIFY'}")
        .userTask(HOLD_DISCOVERY_DIALOGUE).camundaCandidateGroups("sales-reps")
          .boundaryEvent("DialogueOverdue").cancelActivity(false).timerWithDuration("P8D")
          .endEvent("DialogueOverdueNoted")
        .moveToActivity(HOLD_DISCOVERY_DIALOGUE)
        .exclusiveGateway("DialogueOutcome")
          .condition("lost", "${dialogueOutcome != 'PROSPECT'}")
          .endEvent("LostInDialogue")
        .moveToLastGateway()
          .condition("prospect", "${dialogueOutcome == 'PROSPECT'}")
        .parallelGateway("EvaluationFork")
          .serviceTask("RunCreditCheck").camundaAsyncBefore().camundaClass(NoOpDelegate.class)
          .parallelGateway("EvaluationJoin")
        .moveToNode("EvaluationFork")
          .userTask(GIVE_PRODUCT_DEMO).camundaCandidateGroups("sales-reps")
          .connectTo("EvaluationJoin")
        .moveToNode("EvaluationJoin")
        .userTask(PREPARE_QUOTE).camundaCandidateGroups("sales-reps")
        .serviceTask("DecideDiscountApproval").camundaClass(NoOpDelegate.class)
        .serviceTask("SendQuote").camundaAsyncBefore().camundaClass(NoOpDelegate.class)
        .userTask(RECORD_CUSTOMER_DECISION).camundaCandidateGroups("sales-reps")
          .boundaryEvent("QuoteReminder").cancelActivity(false).timerWithCycle("R/P7D")
          .endEvent("QuoteReminded")
        .moveToActivity(RECORD_CUSTOMER_DECISION)
        .exclusiveGateway("CustomerDecision")
          .condition("rejected", "${customerDecision != 'ACCEPTED'}")
          .endEvent("QuoteRejected")
        .moveToLastGateway()
          .condition("accepted", "${customerDecision == 'ACCEPTED'}")
        .serviceTask("ConvertToCustomer").camundaAsyncBefore().camundaClass(NoOpDelegate.class)
        .endEvent("CustomerWon")
        .done();
  }

  public static String xml() {
    return Bpmn.convertToString(model());
  }
}
