package org.salescycle.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.salescycle.stage.Stage.DISQUALIFIED;
import static org.salescycle.stage.Stage.EVALUATION;
import static org.salescycle.stage.Stage.LEAD;
import static org.salescycle.stage.Stage.LOST;
import static org.salescycle.stage.Stage.NURTURE;
import static org.salescycle.stage.Stage.PROPOSAL;
import static org.salescycle.stage.Stage.PROSPECT;
import static org.salescycle.stage.Stage.QUALIFYING;
import static org.salescycle.stage.Stage.WON;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salescycle.customer.Customers;
import org.salescycle.lead.ConfirmedInterest;
import org.salescycle.lead.ContactFields;
import org.salescycle.lead.InvalidLeadException;
import org.salescycle.lead.Lead;
import org.salescycle.lead.LeadNote;
import org.salescycle.lead.LeadRepository;
import org.salescycle.lead.NoteFields;
import org.salescycle.lookup.LeadDetails;
import org.salescycle.lookup.LeadLookup;
import org.salescycle.nurture.LeadFiguresReceipt;
import org.salescycle.nurture.LeadFiguresRequest;
import org.salescycle.quote.Quote;
import org.salescycle.quote.QuoteInputs;
import org.salescycle.quote.Quotes;
import org.salescycle.quote.StoredQuote;
import org.salescycle.shared.Caller;
import org.salescycle.shared.SalesGroups;
import org.salescycle.stage.Stage;
import org.salescycle.stage.StageHistory;
import org.salescycle.stage.StageHistoryEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Walks every path through processes/sales-cycle.bpmn with the real delegates, DMN tables and
 * domain tables on an in-memory database. Jobs (async steps and timers) are executed by the test.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({CoverageTestConfiguration.class, ProcessEngineCoverageConfiguration.class})
@TestExecutionListeners(
    value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class SalesCycleProcessTest {

  private static final String PROCESS = "sales-cycle";

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired StageHistory stageHistory;
  @Autowired Customers customers;
  @Autowired Quotes quotes;
  @Autowired LeadRepository leads;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;
  @Autowired LeadLookup lookup;
  @Autowired LeadFiguresReceipt figuresReceipt;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  @Test
  void wonWhenTheRepRecordsTheCustomersAcceptance() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    assertThat(leads.findByProcessInstance(lead.getId()).orElseThrow().dealValue())
        .isEqualByComparingTo("40000");
    assertThat(lead).isWaitingAt("Task_QualifyLead")
        .hasVariables("recommendation", "qualificationReason", "companyDomain")
        .variables().containsEntry("recommendation", "QUALIFY").containsEntry("duplicateLead", false);
    assertThat(task()).hasCandidateGroup("sales-reps");
    assertThat(runtimeService.getVariables(lead.getId())).containsKey("companyName")
        .doesNotContainKeys(ContactFields.NAMES.toArray(String[]::new));
    assertThat(taskService.getVariablesLocal(task().getId()))
        .as("the form shows the contact from the lead row")
        .containsEntry("contactName", "Anna Nowak")
        .containsEntry("contactEmail", leads.findByProcessInstance(lead.getId()).orElseThrow()
            .contactEmail());

    qualify(lead);
    becomeProspect(lead);
    assertThat(lead).isWaitingAt("Task_RunCreditCheck", "Task_ScheduleProductDemo");
    assertStage(lead, EVALUATION);

    execute(job("Task_RunCreditCheck"));
    assertThat(lead).variables()
        .containsEntry("creditDecision", "APPROVED")
        .containsEntry("creditLimit", 1_000_000L);
    holdDemo(lead);
    joinEvaluation(lead);

    prepareQuote(lead, 40_000, 5);
    assertThat(lead).hasPassed("Task_DecideDiscountApproval").hasNotPassed("Task_ApproveDiscount")
        .variables().containsEntry("discountApprovalRequired", false);
    sendQuote(lead);
    assertThat(lead).isWaitingAt("Task_RecordCustomerDecision")
        .variables().containsEntry("quoteRevision", 1)
        .containsEntry("quoteNetAmount", 38_000.0);
    assertThat(runtimeService.getVariable(lead.getId(), "quoteNumber").toString())
        .matches("Q-\\d{4}-\\d{5}");
    assertThat(task()).hasCandidateGroup("sales-reps");
    Lead quoted = leads.findByProcessInstance(lead.getId()).orElseThrow();
    assertThat(quoted.dealValue()).isEqualByComparingTo("38000.00");
    assertThat(quoted.lastActivityAt()).isAfterOrEqualTo(quoted.stageEnteredAt());

    complete(task(), withVariables("customerDecision", "ACCEPTED"));
    assertThat(lead).isWaitingAt("Task_ConvertToCustomer");
    execute(job());

    assertThat(lead).isEnded().hasPassed("EndEvent_CustomerWon");
    String customerId = (String) historicVariable(lead, "customerId");
    var customer = customers.findById(customerId).orElseThrow();
    assertThat(customer.companyName()).isEqualTo(historicVariable(lead, "companyName"));
    assertThat(customer.creditLimit()).isEqualByComparingTo("1000000");
    assertThat(customer.paymentHistory()).isEqualTo("GOOD");
    assertThat(stagesOf(lead)).containsExactly(LEAD, QUALIFYING, PROSPECT, EVALUATION, PROPOSAL, WON);
    assertThat(historicVariable(lead, "stage")).isEqualTo("WON");
    List<StageHistoryEntry> history = stageHistory.of(lead.getId());
    assertThat(history.subList(0, history.size() - 1)).allSatisfy(entry ->
        assertThat(entry.leftAt()).isNotNull().isAfterOrEqualTo(entry.enteredAt()));
    assertThat(history.get(history.size() - 1).leftAt()).isNull();
    assertContactAndNotesOnlyWithTheLead(lead);
  }

  /** Contact details and notes are the lead's: the timeline shows the notes, history has none. */
  private void assertContactAndNotesOnlyWithTheLead(ProcessInstance lead) {
    for (String name : Stream.concat(ContactFields.NAMES.stream(), NoteFields.NAMES.stream())
        .toList()) {
      assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
          .variableName(name).processInstanceId(lead.getId()).includeDeleted().count())
          .as(name).isZero();
    }
    assertThat(processEngine.getHistoryService().createHistoricDetailQuery()
        .processInstanceId(lead.getId()).list()).extracting(detail ->
            detail instanceof HistoricFormField field ? field.getFieldId()
                : ((HistoricVariableUpdate) detail).getVariableName())
        .doesNotContainAnyElementsOf(ContactFields.NAMES)
        .doesNotContainAnyElementsOf(NoteFields.NAMES);
    LeadDetails details = lookup.details(leads.findByProcessInstance(lead.getId()).orElseThrow());
    assertThat(details.contactName()).isEqualTo("Anna Nowak");
    assertThat(details.timeline()).filteredOn(LeadNote.class::isInstance)
        .extracting(entry -> ((LeadNote) entry).field() + ": " + ((LeadNote) entry).text())
        .containsExactly("dialogueNotes: Needs the pipeline report by region",
            "demoFeedback: Liked the pipeline report");
  }

  @Test
  void wonWhenTheCustomerAcceptsTheQuoteFromOutside() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    walkToCustomerDecision(lead);

    runtimeService.createMessageCorrelation("QuoteAccepted")
        .processInstanceBusinessKey(lead.getBusinessKey())
        .correlate();

    assertThat(lead).hasPassed("BoundaryEvent_QuoteAccepted").isWaitingAt("Task_ConvertToCustomer");
    assertThat(taskService.createTaskQuery().processInstanceId(lead.getId()).count()).isZero();
    execute(job());
    assertThat(lead).isEnded().hasPassed("EndEvent_CustomerWon");
    assertThat(customers.findBySourceProcessInstance(lead.getId())).isPresent();
  }

  @Test
  void disqualifiedWhenTheLeadMissesTheFinancialStandards() {
    String reason = "Annual revenue below 1,000,000 (financial standard)";
    ProcessInstance lead = startLead(Leads.with(Leads.qualifiedLead(), "annualRevenue", 400_000.0));
    assertThat(lead).isWaitingAt("Task_QualifyLead").variables()
        .containsEntry("recommendation", "DISQUALIFY")
        .containsEntry("qualificationReason", reason);

    complete(task(), withVariables("qualificationDecision", "DISQUALIFY"));

    assertThat(lead).isEnded().hasPassed("EndEvent_LeadDisqualified");
    assertThat(stagesOf(lead)).containsExactly(LEAD, QUALIFYING, DISQUALIFIED);
    assertThat(lastEntry(lead).reason()).isEqualTo(reason);
    assertThat(historicVariable(lead, "stageReason")).isEqualTo(reason);
  }

  @Test
  void aLeadFromACountryWeDoNotServeIsRefusedNotDisqualified() {
    assertThatThrownBy(() -> startLead(Leads.with(Leads.qualifiedLead(), "country", "BR")))
        .isInstanceOf(InvalidLeadException.class)
        .hasMessageContaining("country must be the ISO code of a country we serve")
        .hasMessageContaining("United Kingdom (GB)");
    assertThatThrownBy(() -> startLead(Leads.with(Leads.qualifiedLead(), "country", "PX")))
        .as("a typo").isInstanceOf(InvalidLeadException.class);
    for (String country : List.of("BR", "PX")) {
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS)
          .variableValueEquals("country", country).count()).as(country).isZero();
    }
  }

  @Test
  void aLeadIsQualifiedOnlyWithConfirmedInterest() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    Task qualify = task();
    Map<String, Object> before = runtimeService.getVariables(lead.getId());

    for (Map<String, Object> answers : List.of(
        withVariables("qualificationDecision", "QUALIFY"),
        withVariables("qualificationDecision", "QUALIFY", "interestConfirmed", false))) {
      assertThatThrownBy(() -> complete(task(), answers))
          .hasMessageContaining(ConfirmedInterest.REFUSAL)
          .satisfies(refusal -> assertThat(InvalidLeadException.causing(refusal)).isPresent());
    }

    assertThat(lead).isWaitingAt("Task_QualifyLead");
    assertThat(task().getId()).isEqualTo(qualify.getId());
    assertThat(runtimeService.getVariables(lead.getId())).isEqualTo(before);
    complete(task(), withVariables("qualificationDecision", "NURTURE",
        "ownQualificationReason", "Has not answered since the fair"));
    assertThat(lead).isWaitingAt("Event_NurturePeriodOver");
  }

  @Test
  void nurturedThenRequalifiedWithTheFiguresTheRepUpdatesAfterTheRest() {
    ProcessInstance lead = startLead(Leads.with(Leads.qualifiedLead(), "purchaseTimelineMonths", 18));
    assertThat(lead).variables().containsEntry("recommendation", "NURTURE");
    complete(task(), withVariables("qualificationDecision", "NURTURE"));

    assertThat(lead).isWaitingAt("Event_NurturePeriodOver");
    assertStage(lead, NURTURE);
    assertDueIn(job(), Duration.ofDays(180));

    execute(job());
    assertThat(lead).isWaitingAt("Task_UpdateLeadFigures");
    assertThat(task()).hasCandidateGroup("sales-reps");
    complete(task(), withVariables("plannedPurchase",
        YearMonth.now(ZoneOffset.UTC).plusMonths(6).toString()));

    assertThat(lead).isWaitingAt("Task_QualifyLead").variables()
        .containsEntry("recommendation", "QUALIFY").containsEntry("purchaseTimelineMonths", 6);
    qualify(lead);
    assertThat(lead).isWaitingAt("Task_HoldDiscoveryDialogue");
    assertThat(stagesOf(lead)).containsExactly(LEAD, QUALIFYING, NURTURE, QUALIFYING);
  }

  /** An instance an administrator started at the assessment without a purchase timeline. */
  @Test
  void aLeadAssessedWithAMissingAnswerIsLeftToTheRepWithTheAnswerNamed() {
    Map<String, Object> variables = Leads.qualifiedLead();
    variables.remove("purchaseTimelineMonths");
    ProcessInstance lead = runtimeService.createProcessInstanceByKey(PROCESS)
        .startBeforeActivity("Task_AssessLead").setVariables(variables).execute();

    assertThat(lead).isWaitingAt("Task_QualifyLead").variables()
        .containsEntry("recommendation", "REVIEW")
        .containsEntry("recommendationReason", "Purchase timeline unknown")
        .containsEntry("qualificationReason", "Purchase timeline unknown");
    assertThat(task()).hasCandidateGroup("sales-reps");
    complete(task(), withVariables("qualificationDecision", "QUALIFY", "interestConfirmed", true,
        "qualificationReason", "Buys this quarter, asked on the phone"));
    assertThat(lead).isWaitingAt("Task_HoldDiscoveryDialogue");
  }

  @Test
  void nurturedWhenTheDialogueShowsTheLeadIsNotReadyYet() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    qualify(lead);
    complete(task(), withVariables("dialogueOutcome", "NURTURE"));

    assertThat(lead).isWaitingAt("Event_NurturePeriodOver");
    assertThat(stagesOf(lead)).containsExactly(LEAD, QUALIFYING, NURTURE);
  }

  @Test
  void lostWhenTheLeadIsNotInterestedAfterTheDialogue() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    qualify(lead);
    assertThat(task()).hasCandidateGroup("sales-reps").hasDefinitionKey("Task_HoldDiscoveryDialogue");

    complete(task(), withVariables("dialogueOutcome", "LOST", "lostReason", "NO_INTEREST"));

    assertThat(lead).isEnded().hasPassed("EndEvent_LeadLost").hasNotPassed("Event_BecameProspect");
    assertThat(stagesOf(lead)).containsExactly(LEAD, QUALIFYING, LOST);
    assertThat(lastEntry(lead).reason()).isEqualTo("NO_INTEREST");
  }

  @Test
  void withoutAMailHostNobodyIsEmailedAndTheStepsGoOn() {
    var rep = identityService.newUser("nora-no-mail");
    rep.setEmail("nora@sales.example");
    identityService.saveUser(rep);
    identityService.createMembership("nora-no-mail", "sales-reps");
    ProcessInstance lead = startLead(Leads.qualifiedLead());

    taskService.setAssignee(task().getId(), "nora-no-mail");
    complete(task(), withVariables("qualificationDecision", "QUALIFY", "interestConfirmed", true));

    assertThat(lead).isWaitingAt("Task_HoldDiscoveryDialogue");
    assertThat(jdbc.queryForObject("select count(*) from notification", Integer.class))
        .as("nothing queued").isZero();
  }

  @Test
  void creditDeclinedThenApprovedWithTermsByTheManager() {
    ProcessInstance lead = startLead(Leads.with(Leads.qualifiedLead(), "yearsInBusiness", 1));
    qualify(lead);
    becomeProspect(lead);

    execute(job("Task_RunCreditCheck"));
    assertThat(lead).isWaitingAt("Task_ReviewCreditDecision", "Task_ScheduleProductDemo")
        .hasPassed("BoundaryEvent_CreditDeclined")
        .variables().containsEntry("creditDecision", "DECLINED")
        .containsEntry("creditReason", "Less than two years in business");
    assertThat(task("Task_ReviewCreditDecision")).hasCandidateGroup("sales-managers");

    complete(task("Task_ReviewCreditDecision"), withVariables(
        "creditReviewDecision", "APPROVE_WITH_TERMS", "creditTerms", "PREPAYMENT",
        "creditLimit", 20_000L));
    assertThat(lead).variables().containsEntry("creditDecision", "APPROVED_WITH_TERMS");
    holdDemo(lead);
    joinEvaluation(lead);

    prepareQuote(lead, 18_000, 5);
    assertThat(lead).isWaitingAt("Task_ApproveDiscount").variables()
        .containsEntry("discountApprovalRequired", true)
        .containsEntry("discountApprovalReason",
            "Any discount on a credit approved only with terms needs a manager");
    assertThat(task()).hasCandidateGroup("sales-managers");

    complete(task(), withVariables("discountDecision", "APPROVE"));
    assertThat(lead).isWaitingAt("Task_SendQuote");
    execute(job());
    assertThat(lead).isWaitingAt("Task_RecordCustomerDecision");
    complete(task(), withVariables("customerDecision", "ACCEPTED"));
    execute(job());

    assertThat(lead).isEnded().hasPassed("EndEvent_CustomerWon");
    var customer = customers.findBySourceProcessInstance(lead.getId()).orElseThrow();
    assertThat(customer.creditTerms()).isEqualTo("PREPAYMENT");
    assertThat(customer.creditLimit()).isEqualByComparingTo("20000");
  }

  @Test
  void creditDeclinedThenRejectedByTheManager() {
    ProcessInstance lead = startLead(Leads.with(Leads.qualifiedLead(), "yearsInBusiness", 1));
    qualify(lead);
    becomeProspect(lead);
    execute(job("Task_RunCreditCheck"));

    complete(task("Task_ReviewCreditDecision"), withVariables("creditReviewDecision", "REJECT"));

    assertThat(lead).isEnded().hasPassed("EndEvent_CreditRejected", "EndEvent_CreditRejectedLost")
        .hasNotPassed("Task_PrepareQuote");
    assertThat(taskService.createTaskQuery().processInstanceId(lead.getId()).count()).isZero();
    assertThat(stagesOf(lead)).containsExactly(LEAD, QUALIFYING, PROSPECT, EVALUATION, LOST);
    assertThat(lastEntry(lead).reason()).isEqualTo("CREDIT_DECLINED");
  }

  @Test
  void aProspectWithAnUnknownPaymentHistoryIsReferredToTheManagersCreditReview() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    recordCustomer(runtimeService.getVariable(lead.getId(), "companyDomain").toString(), "SLOW");
    qualify(lead);
    becomeProspect(lead);

    execute(job("Task_RunCreditCheck"));

    assertThat(lead).isWaitingAt("Task_ReviewCreditDecision", "Task_ScheduleProductDemo")
        .hasPassed("BoundaryEvent_CreditDeclined")
        .variables().containsEntry("creditDecision", "REFERRED")
        .containsEntry("creditReason", "Referred: payment history unknown")
        .containsEntry("creditLimit", 0L);
    assertThat(task("Task_ReviewCreditDecision")).hasCandidateGroup("sales-managers");
    complete(task("Task_ReviewCreditDecision"), withVariables("creditReviewDecision", "REJECT"));
    assertThat(lead).isEnded().hasPassed("EndEvent_CreditRejectedLost");
  }

  @Test
  void aProspectWritingFromAFreeMailAddressHasNoKnownPaymentHistoryAndIsReferred() {
    String freeMail = "anna.nowak." + UUID.randomUUID() + "@gmail.com";
    ProcessInstance lead = startLead(Leads.with(Leads.qualifiedLead(), "contactEmail", freeMail));
    qualify(lead);
    becomeProspect(lead);

    execute(job("Task_RunCreditCheck"));

    assertThat(lead).isWaitingAt("Task_ReviewCreditDecision", "Task_ScheduleProductDemo")
        .variables().containsEntry("creditDecision", "REFERRED")
        .containsEntry("creditReason", "Referred: payment history unknown");
  }

  @Test
  void aProspectWhoseFigureWentMissingIsReferredAndTheManagerMayStillApproveWithTerms() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    qualify(lead);
    becomeProspect(lead);
    runtimeService.removeVariable(lead.getId(), "yearsInBusiness");

    execute(job("Task_RunCreditCheck"));

    assertThat(lead).isWaitingAt("Task_ReviewCreditDecision", "Task_ScheduleProductDemo")
        .variables().containsEntry("creditDecision", "REFERRED")
        .containsEntry("creditReason", "Referred: years in business unknown");
    assertThat(processEngine.getHistoryService().createHistoricJobLogQuery()
        .processInstanceId(lead.getId()).failureLog().count())
        .as("a missing figure is a referral, not a failing job").isZero();
    complete(task("Task_ReviewCreditDecision"), withVariables(
        "creditReviewDecision", "APPROVE_WITH_TERMS", "creditTerms", "PREPAYMENT",
        "creditLimit", 40_000L));
    holdDemo(lead);
    joinEvaluation(lead);
    assertThat(lead).isWaitingAt("Task_PrepareQuote").variables()
        .containsEntry("creditDecision", "APPROVED_WITH_TERMS");
    assertThat(formValue(task(), "quotePreview").path("discountBands").toString())
        .as("any discount on a credit with terms needs a manager, whatever the quote's value")
        .isEqualTo("[{\"fromListValue\":0,\"maxDiscount\":0}]");
    assertThat(taskService.getVariableLocal(task().getId(), "creditDecisionText"))
        .isEqualTo("Approved with terms");
  }

  @Test
  void aDemoRescheduledAndThenCancelledSendsItsUpdatesAndTheEvaluationGoesOn() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    qualify(lead);
    becomeProspect(lead);
    Evaluation.scheduleDemo(managementService, taskService, lead.getId());
    assertThat(lead).hasPassed("Task_SendDemoInvitation")
        .isWaitingAt("Task_RunCreditCheck", "Task_RecordDemoOutcome");

    Instant later = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
    complete(task("Task_RecordDemoOutcome"), withVariables("demoOutcome", "RESCHEDULE",
        "demoStart", later.toString(), "demoDurationMinutes", 45));
    assertThat(lead).isWaitingAt("Task_RunCreditCheck", "Task_SendDemoInvitation").variables()
        .containsEntry("demoStart", java.util.Date.from(later))
        .containsEntry("demoEnd", java.util.Date.from(later.plus(Duration.ofMinutes(45))));
    execute(job("Task_SendDemoInvitation"));
    complete(task("Task_RecordDemoOutcome"), withVariables("demoOutcome", "CANCELLED",
        "demoCancelReason", "The prospect chose to decide on the figures alone"));
    execute(job("Task_SendDemoCancellation"));
    assertThat(lead).hasPassed("Task_SendDemoCancellation", "Gateway_JoinDemoDone");

    execute(job("Task_RunCreditCheck"));
    joinEvaluation(lead);
    assertThat(lead).isWaitingAt("Task_PrepareQuote").variables()
        .containsEntry("demoOutcome", "CANCELLED");
  }

  @Test
  void aDemoGivenBeforeTheCreditCheckWaitsAtTheJoinAndBothPathsJoinInJobs() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    qualify(lead);
    becomeProspect(lead);

    holdDemo(lead);
    assertThat(lead).isWaitingAt("Task_RunCreditCheck", "Gateway_EvaluationComplete");
    execute(job("Task_RunCreditCheck"));

    assertThat(joinJobs(lead)).as("one job per path, neither failed").hasSize(2)
        .allSatisfy(join -> assertThat(join.getExceptionMessage()).isNull());
    assertThat(processEngine.getHistoryService().createHistoricJobLogQuery()
        .processInstanceId(lead.getId()).failureLog().count()).isZero();
    assertStage(lead, EVALUATION);
    joinEvaluation(lead);
    assertThat(lead).isWaitingAt("Task_PrepareQuote").hasPassed("Gateway_EvaluationComplete",
        "EndEvent_EvaluationComplete");
    assertStage(lead, PROPOSAL);
    assertThat(managementService.createJobQuery().processInstanceId(lead.getId())
        .activityId("BoundaryEvent_EvaluationOverdue").count()).isZero();
  }

  @Test
  void discountRejectedByTheManagerSendsTheQuoteBackToTheRep() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    walkToQuote(lead);

    assertThat(formValue(task(), "quotePreview").path("discountBands").toString())
        .as("the rep's authority as the decision table sets it: 20%, 10% from 100,000 on")
        .isEqualTo("[{\"fromListValue\":0,\"maxDiscount\":20},"
            + "{\"fromListValue\":100000,\"maxDiscount\":10}]");
    prepareQuote(lead, 40_000, 25);
    assertThat(lead).isWaitingAt("Task_ApproveDiscount").variables()
        .containsEntry("discountApprovalReason", "Discount above 20% needs a manager");
    JsonNode lines = formValue(task(), "quoteLineRows");
    assertThat(lines).isNotEmpty();
    assertThat(lines.get(0).path("discount").asText()).isEqualTo("25%");
    assertThat(lines.get(0).path("net").asText()).endsWith(" EUR");
    assertThat(taskService.getVariablesLocal(task().getId()))
        .containsEntry("quoteAmountText", "40,000.00 EUR")
        .containsEntry("quoteNetAmountText", "30,000.00 EUR")
        .containsEntry("discountPercentText", "25%")
        .containsEntry("stageText", "Proposal");
    complete(task(), withVariables("discountDecision", "REJECT"));

    assertThat(lead).isWaitingAt("Task_PrepareQuote");
    prepareQuote(lead, 40_000, 10);
    assertThat(lead).isWaitingAt("Task_SendQuote");
    assertThat(stagesOf(lead)).containsExactly(LEAD, QUALIFYING, PROSPECT, EVALUATION, PROPOSAL);
  }

  @Test
  void aQuoteWithAMissingDiscountInputGoesToTheManagerWhateverTheDiscount() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    walkToQuote(lead);
    runtimeService.removeVariable(lead.getId(), "creditDecision");

    prepareQuote(lead, 40_000, 5);

    assertThat(lead).isWaitingAt("Task_ApproveDiscount").variables()
        .containsEntry("discountApprovalRequired", true)
        .containsEntry("discountApprovalReason",
            "Credit decision unknown: neither approved nor approved with terms");
    assertThat(task()).hasCandidateGroup("sales-managers");
    complete(task(), withVariables("discountDecision", "APPROVE"));
    assertThat(lead).isWaitingAt("Task_SendQuote");
  }

  @Test
  void reminderTimerRemindsTheRepWhileTheQuoteIsOpen() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    walkToCustomerDecision(lead);
    Job reminder = job("BoundaryEvent_QuoteReminder");
    assertDueIn(reminder, Duration.ofDays(7));

    execute(reminder);

    assertThat(lead).isWaitingAt("Task_RecordCustomerDecision").hasPassed("Task_RemindRepAboutQuote",
        "EndEvent_ReminderSent");
    assertThat(lead).variables().containsEntry("quoteRemindersSent", 1);
    Task decision = taskService.createTaskQuery().processInstanceId(lead.getId()).singleResult();
    assertThat(decision.getFollowUpDate()).isNotNull();
    assertThat(job("BoundaryEvent_QuoteReminder")).as("the next reminder is scheduled").isNotNull();
    assertStage(lead, PROPOSAL);
    assertThat(stagesOf(lead)).containsExactly(LEAD, QUALIFYING, PROSPECT, EVALUATION, PROPOSAL);
  }

  @Test
  void quoteExpiresWhenTheCustomerDoesNotAnswerInTime() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    walkToCustomerDecision(lead);
    Job expiry = job("BoundaryEvent_QuoteExpired");
    assertDueIn(expiry, Duration.ofDays(30));
    assertThat(task().getDueDate()).isEqualTo(expiry.getDuedate());

    execute(expiry);

    assertThat(lead).isEnded().hasPassed("EndEvent_QuoteExpired");
    assertThat(managementService.createJobQuery().processInstanceId(lead.getId()).count()).isZero();
    assertThat(lastEntry(lead).stage()).isEqualTo(LOST);
    assertThat(lastEntry(lead).reason()).isEqualTo("QUOTE_EXPIRED");
  }

  @Test
  void lostWhenTheCustomerRejectsTheQuote() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    walkToCustomerDecision(lead);

    complete(task(), withVariables("customerDecision", "REJECTED", "lostReason", "CHOSE_COMPETITOR"));

    assertThat(lead).isEnded().hasPassed("EndEvent_QuoteRejected");
    assertThat(stagesOf(lead)).containsExactly(LEAD, QUALIFYING, PROSPECT, EVALUATION, PROPOSAL, LOST);
    assertThat(lastEntry(lead).reason()).isEqualTo("CHOSE_COMPETITOR");
  }

  @Test
  void customerAsksForARevisedQuoteAndEveryRevisionIsKept() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    walkToCustomerDecision(lead);

    complete(task(), withVariables("customerDecision", "REVISE"));
    assertThat(lead).isWaitingAt("Task_PrepareQuote");
    assertStage(lead, PROPOSAL);
    assertThat(taskService.getVariableLocal(task().getId(), "line1").toString())
        .as("the revision starts from the previous lines")
        .contains("\"product\":\"TEST-UNIT\"").contains("\"quantity\":40");
    assertThat(taskService.getVariableLocal(task().getId(), "line2").toString()).isEqualTo("{}");
    assertThat(lead).variables().doesNotContainKey("lineItems");
    prepareQuote(lead, 35_000, 0);
    sendQuote(lead);

    assertThat(lead).isWaitingAt("Task_RecordCustomerDecision").variables()
        .containsEntry("quoteRevision", 2);
    List<Quote> revisions = quotes.of(lead.getId()).stream().map(StoredQuote::quote).toList();
    assertThat(revisions).extracting(Quote::revision).containsExactly(1, 2);
    String number = revisions.get(0).number();
    assertThat(number).matches("Q-\\d{4}-\\d{5}");
    assertThat(revisions).extracting(Quote::number).as("a revision keeps the quote's number")
        .containsExactly(number, number);
    assertThat(lead).variables().containsEntry("quoteNumber", number);
    assertThat(revisions).extracting(Quote::netTotal)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("38000.00"), new BigDecimal("35000.00"));
    assertThat(quotes.of(lead.getId())).allSatisfy(stored -> assertThat(stored.sent()).isTrue());
  }

  @Test
  void withdrawnMidCycleEndsAsLostFromAnyStep() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    qualify(lead);
    becomeProspect(lead);
    assertThat(lead).isWaitingAt("Task_RunCreditCheck", "Task_ScheduleProductDemo");

    runtimeService.createMessageCorrelation("ProspectWithdrew")
        .processInstanceBusinessKey(lead.getBusinessKey())
        .correlate();

    assertThat(lead).isEnded().hasPassed("StartEvent_ProspectWithdrew", "EndEvent_ProspectWithdrew");
    assertThat(managementService.createJobQuery().processInstanceId(lead.getId()).count()).isZero();
    assertThat(stagesOf(lead)).containsExactly(LEAD, QUALIFYING, PROSPECT, EVALUATION, LOST);
    assertThat(lastEntry(lead).reason()).isEqualTo("WITHDREW");
  }

  @Test
  void duplicateOfAnOpenLeadAtTheSameCompanyIsClosedRightAway() {
    Map<String, Object> original = Leads.qualifiedLead();
    ProcessInstance first = startLead(original);
    String email = (String) original.get("contactEmail");
    String colleague = "jan.kowalski@" + email.substring(email.indexOf('@') + 1).toUpperCase();

    ProcessInstance second = startLead(Leads.with(Leads.qualifiedLead(), "contactEmail", colleague));

    assertThat(second).isEnded().hasPassed("EndEvent_DuplicateLead");
    assertThat(historicVariable(second, "duplicateOf")).isEqualTo(first.getId());
    assertThat(stagesOf(second)).containsExactly(LEAD, LOST);
    assertThat(lastEntry(second).reason()).isEqualTo("DUPLICATE");
    assertThat(first).isWaitingAt("Task_QualifyLead");
  }

  @Test
  void freeMailAddressesAtTheSameProviderAreNotDuplicates() {
    ProcessInstance first = startLead(Leads.with(Leads.qualifiedLead(), "contactEmail", "ola.1@gmail.com"));
    ProcessInstance second = startLead(Leads.with(Leads.qualifiedLead(), "contactEmail", "piotr.2@gmail.com"));

    assertThat(first).isWaitingAt("Task_QualifyLead").variables().containsEntry("companyDomain", null);
    assertThat(second).isWaitingAt("Task_QualifyLead").variables().containsEntry("duplicateLead", false);
  }

  @Test
  void leadWithMissingOrImpossibleDataIsRefusedAndNothingIsKept() {
    Map<String, Object> lead = Leads.qualifiedLead();
    lead.remove("budgetConfirmed");
    lead.put("contactEmail", "not-an-address");
    lead.put("annualRevenue", -5.0);
    long before = runtimeService.createProcessInstanceQuery().count();

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS, "lead-bad", lead))
        .isInstanceOf(InvalidLeadException.class)
        .hasMessageContaining("contactEmail must be a valid e-mail address")
        .hasMessageContaining("annualRevenue must be a number from 0 to 1,000,000,000,000,000")
        .hasMessageContaining("budgetConfirmed must be true or false");

    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey("lead-bad").count()).isZero();
  }

  @Test
  void aLeadStartedInTasklistIsRegisteredNumberedNamedAndClosedWhenItEnds() {
    Map<String, Object> data = Leads.qualifiedLead();
    ProcessInstance lead = runtimeService.startProcessInstanceByKey(PROCESS, data);
    String businessKey = runtimeService.createProcessInstanceQuery()
        .processInstanceId(lead.getId()).singleResult().getBusinessKey();
    String reference = runtimeService.getVariable(lead.getId(), "leadId").toString();

    Lead row = leads.find(reference).orElseThrow();
    assertThat(row.number()).matches("L-\\d{4}-\\d{5}");
    assertThat(businessKey).as("Cockpit's lists name the lead")
        .isEqualTo(row.number() + " " + data.get("companyName"));
    assertThat(row.processInstanceId()).isEqualTo(lead.getId());
    assertThat(row.contactEmail()).isEqualTo(data.get("contactEmail"));
    assertThat(row.stage()).isEqualTo("QUALIFYING");
    assertThat(row.open()).isTrue();
    assertThat(leads.findOpenByEmail(data.get("contactEmail").toString())).contains(reference);

    runtimeService.createMessageCorrelation("ProspectWithdrew")
        .processInstanceBusinessKey(businessKey).correlate();
    assertThat(lead).isEnded().hasPassed("EndEvent_ProspectWithdrew");
    Lead closed = leads.find(reference).orElseThrow();
    assertThat(closed.open()).isFalse();
    assertThat(closed.stage()).isEqualTo("LOST");
    assertThat(leads.findOpenByEmail(data.get("contactEmail").toString())).isEmpty();
  }

  @Test
  void aLeadWithAnOpenLeadsEmailIsKeptAsADuplicateAndClosed() {
    Map<String, Object> data = Leads.qualifiedLead();
    ProcessInstance first = startLead(data);
    ProcessInstance second = startLead(new java.util.HashMap<>(data));

    assertThat(second).isEnded().hasPassed("EndEvent_DuplicateLead");
    assertThat(historicVariable(second, "duplicateOf")).isEqualTo(first.getId());
    assertThat(leads.findByProcessInstance(second.getId()).orElseThrow().open()).isFalse();
    assertThat(leads.findByProcessInstance(first.getId()).orElseThrow().open()).isTrue();
  }

  @Test
  void anOverdueRepTaskOpensOneManagerReviewAndTheRepKeepsTheTask() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    Job overdue = job("BoundaryEvent_QualifyLeadOverdue");
    assertDueIn(overdue, Duration.ofDays(2 + 1));

    execute(overdue);

    assertThat(lead).isWaitingAt("Task_QualifyLead", "Task_ReviewStalledProspect");
    assertThat(task("Task_ReviewStalledProspect")).hasCandidateGroup("sales-managers")
        .isNotAssigned();
    assertThat(managementService.createJobQuery().processInstanceId(lead.getId())
        .activityId("BoundaryEvent_QualifyLeadOverdue").count())
        .as("the review opens once per task").isZero();
    complete(task("Task_ReviewStalledProspect"),
        withVariables("stalledReviewAction", "TALKED_TO_REP"));
    assertThat(lead).hasPassed("EndEvent_StalledProspectReviewed").isWaitingAt("Task_QualifyLead");
    assertStage(lead, QUALIFYING);

    qualify(lead);
    Job dialogueOverdue = job("BoundaryEvent_DialogueOverdue");
    assertDueIn(dialogueOverdue, Duration.ofDays(7 + 1));
    execute(dialogueOverdue);
    assertThat(lead).isWaitingAt("Task_HoldDiscoveryDialogue", "Task_ReviewStalledProspect");
    complete(task("Task_HoldDiscoveryDialogue"), withVariables("dialogueOutcome", "PROSPECT"));
    assertThat(lead).isWaitingAt("Task_ReviewStalledProspect", "Task_RunCreditCheck",
        "Task_ScheduleProductDemo");
    complete(task("Task_ReviewStalledProspect"), withVariables("stalledReviewAction", "NO_ACTION"));
    assertThat(lead).isWaitingAt("Task_RunCreditCheck", "Task_ScheduleProductDemo");
  }

  @Test
  void anOverdueEvaluationOrQuoteOpensAManagerReviewAndTheWorkGoesOn() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    qualify(lead);
    becomeProspect(lead);
    Job evaluationOverdue = job("BoundaryEvent_EvaluationOverdue");
    assertDueIn(evaluationOverdue, Duration.ofDays(7 + 1));

    execute(evaluationOverdue);

    assertThat(lead).isWaitingAt("Task_RunCreditCheck", "Task_ScheduleProductDemo",
        "Task_ReviewStalledProspect");
    assertThat(task("Task_ReviewStalledProspect")).hasCandidateGroup("sales-managers");
    complete(task("Task_ReviewStalledProspect"),
        withVariables("stalledReviewAction", "RAISED_URGENCY"));
    execute(job("Task_RunCreditCheck"));
    holdDemo(lead);
    joinEvaluation(lead);
    assertThat(lead).isWaitingAt("Task_PrepareQuote");
    assertStage(lead, PROPOSAL);
    assertThat(managementService.createJobQuery().processInstanceId(lead.getId())
        .activityId("BoundaryEvent_EvaluationOverdue").count()).isZero();

    Job quoteOverdue = job("BoundaryEvent_PrepareQuoteOverdue");
    assertDueIn(quoteOverdue, Duration.ofDays(5 + 1));
    execute(quoteOverdue);
    assertThat(lead).isWaitingAt("Task_PrepareQuote", "Task_ReviewStalledProspect");
    complete(task("Task_PrepareQuote"), QuoteInputs.worth(40_000, 5));
    assertThat(lead).isWaitingAt("Task_SendQuote", "Task_ReviewStalledProspect");
    complete(task("Task_ReviewStalledProspect"), withVariables("stalledReviewAction", "NO_ACTION"));
    assertThat(lead).isWaitingAt("Task_SendQuote");
    assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(lead.getId()).activityId("Task_ReviewStalledProspect").count())
        .as("one review per overdue step").isEqualTo(2);
  }

  @Test
  void disqualifiedWithAManagersReviewOpenEndsEverythingAndClosesTheLead() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    openStalledReview(lead, "BoundaryEvent_QualifyLeadOverdue");

    assertThatThrownBy(() -> complete(task("Task_QualifyLead"),
        withVariables("qualificationDecision", "DISQUALIFY")))
        .as("the rules recommend qualifying: the rep says why she does not")
        .hasMessageContaining("ownQualificationReason is required");
    assertThat(lead).isWaitingAt("Task_QualifyLead");

    complete(task("Task_QualifyLead"), withVariables("qualificationDecision", "DISQUALIFY",
        "ownQualificationReason", "Bought from a competitor last week"));

    assertEndedWithNothingOpen(lead, "EndEvent_LeadDisqualified");
    assertThat(lastEntry(lead).reason()).isEqualTo("Bought from a competitor last week");
  }

  @Test
  void lostWithAManagersReviewOpenEndsEverythingAndClosesTheLead() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    qualify(lead);
    openStalledReview(lead, "BoundaryEvent_DialogueOverdue");

    complete(task("Task_HoldDiscoveryDialogue"),
        withVariables("dialogueOutcome", "LOST", "lostReason", "NO_INTEREST"));

    assertEndedWithNothingOpen(lead, "EndEvent_LeadLost");
  }

  @Test
  void creditRejectedWithAManagersReviewOpenEndsEverythingAndClosesTheLead() {
    ProcessInstance lead = startLead(Leads.with(Leads.qualifiedLead(), "yearsInBusiness", 1));
    qualify(lead);
    becomeProspect(lead);
    openStalledReview(lead, "BoundaryEvent_EvaluationOverdue");
    execute(job("Task_RunCreditCheck"));

    complete(task("Task_ReviewCreditDecision"), withVariables("creditReviewDecision", "REJECT"));

    assertEndedWithNothingOpen(lead, "EndEvent_CreditRejectedLost");
  }

  @Test
  void withdrawnWithAManagersReviewOpenEndsEverythingAndClosesTheLead() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    openStalledReview(lead, "BoundaryEvent_QualifyLeadOverdue");

    runtimeService.createMessageCorrelation("ProspectWithdrew")
        .processInstanceId(lead.getId()).correlate();

    assertEndedWithNothingOpen(lead, "EndEvent_ProspectWithdrew");
  }

  @Test
  void wonWithAManagersReviewOpenEndsEverythingAndClosesTheLead() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    walkToQuote(lead);
    openStalledReview(lead, "BoundaryEvent_PrepareQuoteOverdue");
    complete(task("Task_PrepareQuote"), QuoteInputs.worth(40_000, 5));
    execute(job("Task_SendQuote"));

    complete(task("Task_RecordCustomerDecision"), withVariables("customerDecision", "ACCEPTED"));
    execute(job("Task_ConvertToCustomer"));

    assertEndedWithNothingOpen(lead, "EndEvent_CustomerWon");
  }

  @Test
  void quoteExpiredWithAManagersReviewOpenEndsEverythingAndClosesTheLead() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    walkToQuote(lead);
    openStalledReview(lead, "BoundaryEvent_PrepareQuoteOverdue");
    complete(task("Task_PrepareQuote"), QuoteInputs.worth(40_000, 5));
    execute(job("Task_SendQuote"));

    execute(job("BoundaryEvent_QuoteExpired"));

    assertEndedWithNothingOpen(lead, "EndEvent_QuoteExpired");
  }

  /** Lets the step's overdue timer fire: a manager's review opens beside the rep's work. */
  private void openStalledReview(ProcessInstance lead, String overdueTimer) {
    execute(job(overdueTimer));
    assertThat(task("Task_ReviewStalledProspect")).isNotNull();
  }

  private void assertEndedWithNothingOpen(ProcessInstance lead, String end) {
    assertThat(lead).isEnded().hasPassed(end);
    assertThat(taskService.createTaskQuery().processInstanceId(lead.getId()).count()).isZero();
    assertThat(managementService.createJobQuery().processInstanceId(lead.getId()).count()).isZero();
    assertThat(leads.findByProcessInstance(lead.getId()).orElseThrow().open()).isFalse();
  }

  @Test
  void aRepWhoTicksUrgentHurriesTheLeadsNextTasks() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    assertThat(task().getPriority()).isEqualTo(50);

    complete(task(), withVariables(
        "qualificationDecision", "QUALIFY", "interestConfirmed", true, "urgent", true));

    assertThat(lead).isWaitingAt("Task_HoldDiscoveryDialogue");
    assertThat(task().getPriority()).isEqualTo(80);
    assertThat(task().getDueDate().toInstant())
        .isBeforeOrEqualTo(Instant.now().plus(Duration.ofDays(1)).plusSeconds(60));
    assertThat(leads.findByProcessInstance(lead.getId()).orElseThrow().urgent()).isTrue();
  }

  @Test
  void aTaskDoneInTimeLeavesNoOverdueTimerBehind() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    assertThat(job("BoundaryEvent_QualifyLeadOverdue")).isNotNull();

    qualify(lead);

    assertThat(managementService.createJobQuery().processInstanceId(lead.getId())
        .activityId("BoundaryEvent_QualifyLeadOverdue").count()).isZero();
    assertThat(lead).isWaitingAt("Task_HoldDiscoveryDialogue");
  }

  @Test
  void decisionResultsLeaveOnlyPlainVariablesBehind() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    walkToQuote(lead);
    prepareQuote(lead, 40_000, 5);

    assertThat(lead).variables()
        .containsEntry("recommendationReason", "Meets our financial standards and BANT criteria")
        .containsEntry("discountApprovalRequired", false)
        .doesNotContainKeys("leadAssessment", "discountRule", "decisionResult");
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(lead.getId()).list())
        .as("no serialized decision result, not even in history")
        .allSatisfy(variable -> assertThat(variable.getTypeName()).isNotEqualTo("object"));
  }

  @Test
  void countryCodeIsStoredInUpperCaseForTheRules() {
    ProcessInstance lead = startLead(Leads.with(Leads.qualifiedLead(), "country", "pl"));

    assertThat(lead).variables().containsEntry("country", "PL").containsEntry("recommendation", "QUALIFY");
  }

  @Test
  void theUkIsTakenAsTheServedMarketGb() {
    ProcessInstance lead = startLead(Leads.with(Leads.qualifiedLead(), "country", " uk"));

    assertThat(lead).variables().containsEntry("country", "GB").containsEntry("recommendation", "QUALIFY");
  }

  // --- steps shared by the paths ---

  /** A customer at the company domain, with the payment history accounting keeps for it. */
  private void recordCustomer(String companyDomain, String paymentHistory) {
    jdbc.update("""
        insert into customer (id, company_name, company_domain, contact_name, contact_email,
          country, credit_limit, credit_terms, payment_history, source_process_instance_id,
          created_at)
        values (?, 'Earlier customer', ?, null, ?, 'PL', 0, null, ?, ?, current_timestamp)""",
        UUID.randomUUID().toString(), companyDomain, "accounts@" + companyDomain, paymentHistory,
        "earlier-" + UUID.randomUUID());
  }

  @Test
  void aRepCorrectsTheLeadsFiguresInQualifyLeadAndTheLeadIsAssessedAgain() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());

    complete(task(), withVariables("qualificationDecision", "CORRECT", "correction",
        "{\"annualRevenue\": 100000, \"reason\": \"The revenue was in PLN, not EUR\"}"));

    assertThat(lead).isWaitingAt("Task_QualifyLead").variables()
        .containsEntry("annualRevenue", 100_000.0).doesNotContainKey("correction");
    assertThat(runtimeService.getVariable(lead.getId(), "recommendation")).isNotEqualTo("QUALIFY");
    assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(lead.getId()).activityId("Task_AssessLead").count()).isEqualTo(2);
  }

  @Test
  void aNurturedLeadsSourceSendsItsFiguresBeforeTheRepAndTheLeadIsAssessedAgain() {
    ProcessInstance lead = startLead(Leads.with(Leads.qualifiedLead(), "purchaseTimelineMonths", 18));
    complete(task(), withVariables("qualificationDecision", "NURTURE"));
    execute(job());
    assertThat(lead).isWaitingAt("Task_UpdateLeadFigures");

    figuresReceipt.receive((String) runtimeService.getVariable(lead.getId(), "leadId"), new LeadFiguresRequest(null, null, null,
        YearMonth.now(ZoneOffset.UTC).plusMonths(4).toString(), null, null, null, null,
        "Buying in spring after all"), new Caller("mia", Set.of(SalesGroups.MANAGERS)));

    assertThat(lead).hasPassed("BoundaryEvent_LeadFiguresReceived").isWaitingAt("Task_QualifyLead")
        .variables().containsEntry("recommendation", "QUALIFY");
  }

  @Test
  void aLeadNurturedTooOftenGoesToTheManagersWhoKeepNurturingIt() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    runtimeService.setVariable(lead.getId(), "nurtureRounds", 4);
    complete(task(), withVariables("qualificationDecision", "NURTURE",
        "ownQualificationReason", "Fifth time they ask us to wait"));

    assertThat(lead).isWaitingAt("Task_DecideLongNurturedLead");
    assertThat(task()).hasCandidateGroup("sales-managers");
    complete(task(), withVariables("nurtureDecision", "KEEP_NURTURING"));

    assertThat(lead).hasPassed("Gateway_JoinNurtureWait").isWaitingAt("Event_NurturePeriodOver")
        .variables().containsEntry("nurtureRounds", 0);
  }

  @Test
  void aLeadNurturedTooOftenIsClosedByAManagerWithAReason() {
    ProcessInstance lead = startLead(Leads.qualifiedLead());
    runtimeService.setVariable(lead.getId(), "nurtureRounds", 4);
    complete(task(), withVariables("qualificationDecision", "NURTURE",
        "ownQualificationReason", "Fifth time they ask us to wait"));

    complete(task("Task_DecideLongNurturedLead"), withVariables("nurtureDecision", "CLOSE",
        "nurtureCloseReason", "Never ready in two years"));

    assertEndedWithNothingOpen(lead, "EndEvent_LeadClosedAfterNurture");
    assertThat(lastEntry(lead).reason()).isEqualTo("Never ready in two years");
  }

  private ProcessInstance startLead(Map<String, Object> lead) {
    String businessKey = "lead-" + lead.get("companyName").toString().substring(5, 13);
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(PROCESS, businessKey, lead);
    assertThat(instance).isStarted();
    return instance;
  }

  private void qualify(ProcessInstance lead) {
    assertThat(lead).isWaitingAt("Task_QualifyLead");
    assertThat(task()).hasCandidateGroup("sales-reps").hasDueDate(task().getDueDate());
    assertThat(task().getDueDate()).isNotNull();
    complete(task(), withVariables("qualificationDecision", "QUALIFY", "interestConfirmed", true));
  }

  private void becomeProspect(ProcessInstance lead) {
    assertThat(lead).isWaitingAt("Task_HoldDiscoveryDialogue");
    complete(task(), withVariables("dialogueOutcome", "PROSPECT",
        "dialogueNotes", "Needs the pipeline report by region"));
    assertThat(lead).hasPassed("Event_BecameProspect");
  }

  private void walkToQuote(ProcessInstance lead) {
    qualify(lead);
    becomeProspect(lead);
    execute(job("Task_RunCreditCheck"));
    holdDemo(lead);
    joinEvaluation(lead);
    assertThat(lead).isWaitingAt("Task_PrepareQuote");
    assertStage(lead, PROPOSAL);
  }

  /** The evaluation's paths meet at the join asynchronously: each left a job there. */
  private void holdDemo(ProcessInstance lead) {
    Evaluation.holdDemo(managementService, taskService, lead.getId());
  }

  private void joinEvaluation(ProcessInstance lead) {
    List<Job> joins = joinJobs(lead);
    assertThat(joins).as("one job per path at the join").hasSize(2);
    joins.forEach(BpmnAwareTests::execute);
  }

  private List<Job> joinJobs(ProcessInstance lead) {
    return managementService.createJobQuery().processInstanceId(lead.getId())
        .activityId("Gateway_EvaluationComplete").list();
  }

  private void walkToCustomerDecision(ProcessInstance lead) {
    walkToQuote(lead);
    prepareQuote(lead, 40_000, 5);
    sendQuote(lead);
    assertThat(lead).isWaitingAt("Task_RecordCustomerDecision");
  }

  private void prepareQuote(ProcessInstance lead, int listValue, double discountPercent) {
    assertThat(lead).isWaitingAt("Task_PrepareQuote");
    complete(task(), QuoteInputs.worth(listValue, discountPercent));
  }

  /** A Json variable the server put on a task for its form. */
  private JsonNode formValue(Task task, String name) {
    try {
      return new ObjectMapper().readTree(
          String.valueOf(taskService.getVariableLocal(task.getId(), name)));
    } catch (JsonProcessingException e) {
      throw new AssertionError(name + " is no JSON", e);
    }
  }

  private void sendQuote(ProcessInstance lead) {
    assertThat(lead).isWaitingAt("Task_SendQuote");
    execute(job());
  }

  private void assertStage(ProcessInstance lead, Stage stage) {
    assertThat(runtimeService.getVariable(lead.getId(), "stage")).isEqualTo(stage.name());
    assertThat(lastEntry(lead).stage()).isEqualTo(stage);
  }

  private List<Stage> stagesOf(ProcessInstance lead) {
    return stageHistory.of(lead.getId()).stream().map(StageHistoryEntry::stage).toList();
  }

  private StageHistoryEntry lastEntry(ProcessInstance lead) {
    List<StageHistoryEntry> history = stageHistory.of(lead.getId());
    return history.get(history.size() - 1);
  }

  private Object historicVariable(ProcessInstance lead, String name) {
    return processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(lead.getId()).variableName(name).singleResult().getValue();
  }

  private static void assertDueIn(Job job, Duration expected) {
    Instant due = job.getDuedate().toInstant();
    assertThat(due).isCloseTo(Instant.now().plus(expected), within(1, ChronoUnit.MINUTES));
  }
}
