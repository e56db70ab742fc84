package org.salescycle.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salescycle.lead.InvalidLeadException;
import org.salescycle.lead.LeadConflictException;
import org.salescycle.lead.LeadCorrections;
import org.salescycle.lead.LeadNote;
import org.salescycle.lead.LeadNotes;
import org.salescycle.nurture.LeadFiguresReceipt;
import org.salescycle.nurture.LeadFiguresRequest;
import org.salescycle.shared.Caller;
import org.salescycle.shared.InvalidField;
import org.salescycle.shared.SalesGroups;
import org.salescycle.stage.Stage;
import org.salescycle.stage.StageHistory;
import org.salescycle.stage.StageHistoryEntry;
import org.salescycle.words.Dates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Nurture as the model runs it: the lead rests until some time before its planned purchase, then
 * gives its figures again (in Tasklist or over the API, whichever comes first), its timeline ages
 * with the clock, and a lead nurtured too often or too long goes to the managers.
 */
@SpringBootTest
@ActiveProfiles("test")
class NurtureProcessTest {

  private static final Caller REP = new Caller("rita-nurtures", Set.of(SalesGroups.REPS));

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired StageHistory stageHistory;
  @Autowired LeadCorrections corrections;
  @Autowired LeadFiguresReceipt receipt;
  @Autowired LeadNotes notes;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
    identity.clearAuthentication();
  }

  @Test
  void theRepUpdatesTheFiguresInTasklistAndTheApiIsThenRefused() {
    ProcessInstance lead = nurturedUntilItsFiguresAreDue(18);
    Task update = task(lead, "Task_UpdateLeadFigures");
    assertThat(tasks.getVariablesLocal(update.getId())).containsEntry("plannedPurchaseText",
        words(thisMonth().plusMonths(18))).containsEntry("employeesText", "120");

    Map<String, Object> answers = formAnswers(lead);
    answers.put("employees", 150.0);
    answers.put("budgetConfirmed", false);
    answers.put("figuresNote", "New plant opened, budget moved to next year");
    tasks.claim(update.getId(), "rita-nurtures");
    identity.setAuthentication("rita-nurtures", List.of(SalesGroups.REPS));
    tasks.complete(update.getId(), answers);
    identity.clearAuthentication();

    assertThat(lead).isWaitingAt("Task_QualifyLead").variables()
        .containsEntry("employees", 150).containsEntry("budgetConfirmed", false)
        .doesNotContainKeys("figuresNote", "nurturedFigures");
    LeadCorrections.FiguresUpdate recorded = corrections.figuresOf(leadId(lead)).get(0);
    assertThat(recorded.by()).isEqualTo("rita-nurtures");
    assertThat(notes.of(leadId(lead))).extracting(LeadNote::field, LeadNote::text)
        .containsExactly(tuple("figuresNote", "New plant opened, budget moved to next year"));
    assertThat(recorded.changes()).containsExactlyInAnyOrder(
        new LeadCorrections.Change("employees", "120", "150"),
        new LeadCorrections.Change("budgetConfirmed", "true", "false"));
    assertThatThrownBy(() -> receipt.receive(leadId(lead),
        figures(thisMonth().plusMonths(3).toString()), REP))
        .isInstanceOf(LeadConflictException.class);
  }

  @Test
  void figuresFromTheApiEndTheRepsStepAndItCannotBeCompletedAfterwards() {
    ProcessInstance lead = nurturedUntilItsFiguresAreDue(18);
    Task update = task(lead, "Task_UpdateLeadFigures");

    LeadFiguresReceipt.Outcome outcome = receipt.receive(leadId(lead),
        figures(thisMonth().plusMonths(3).toString()), REP);

    assertThat(outcome.stage()).isEqualTo("QUALIFYING");
    assertThat(lead).hasPassed("BoundaryEvent_LeadFiguresReceived")
        .isWaitingAt("Task_QualifyLead").variables()
        .containsEntry("recommendation", "QUALIFY").containsEntry("purchaseTimelineMonths", 3);
    assertThat(outcome.update().changes()).extracting(LeadCorrections.Change::field)
        .containsExactly("plannedPurchase");
    assertThatThrownBy(() -> tasks.complete(update.getId(), formAnswers(lead)))
        .isInstanceOf(ProcessEngineException.class);
  }

  @Test
  void aFigureThatBreaksTheLeadRulesRefusesTheStepNamingIt() {
    ProcessInstance lead = nurturedUntilItsFiguresAreDue(18);
    Task update = task(lead, "Task_UpdateLeadFigures");
    Map<String, Object> answers = formAnswers(lead);
    answers.put("plannedPurchase", thisMonth().minusMonths(1).toString());

    assertThat(refusedFields(() -> tasks.complete(update.getId(), answers)))
        .containsExactly("plannedPurchase");
    assertThat(lead).isWaitingAt("Task_UpdateLeadFigures");
    assertThat(runtime.getVariable(lead.getId(), "plannedPurchase"))
        .isEqualTo(thisMonth().plusMonths(18).toString());
  }

  @Test
  void thePlannedPurchaseAgesSoALeadNurturedFor18MonthsIsLaterRecommendedToQualify() {
    ProcessInstance lead = startLead(18);
    assertThat(lead).variables().containsEntry("recommendation", "NURTURE")
        .containsEntry("purchaseTimelineMonths", 18);
    complete(task(lead, "Task_QualifyLead"), Map.of("qualificationDecision", "NURTURE"));
    Job rest = timer(lead);
    assertThat(rest.getDuedate()).isCloseTo(Date.from(now().plusDays(180).toInstant()), 60_000);

    moveClock(now().plusMonths(16));
    management.executeJob(rest.getId());
    complete(task(lead, "Task_UpdateLeadFigures"), formAnswers(lead));

    assertThat(lead).isWaitingAt("Task_QualifyLead").variables()
        .containsEntry("purchaseTimelineMonths", 2).containsEntry("recommendation", "QUALIFY");
    assertThat(corrections.figuresOf(leadId(lead))).as("nothing changed").isEmpty();
  }

  @Test
  void theWakeUpFollowsThePlannedPurchase() {
    ProcessInstance soon = startLead(1);
    ProcessInstance later = startLead(7);
    complete(task(soon, "Task_QualifyLead"), Map.of("qualificationDecision", "NURTURE",
        "ownQualificationReason", "Asked to call back after the holidays"));
    complete(task(later, "Task_QualifyLead"), Map.of("qualificationDecision", "NURTURE",
        "ownQualificationReason", "Wants to see the next release first"));

    assertThat(timer(soon).getDuedate())
        .isCloseTo(Date.from(now().plusDays(14).toInstant()), 60_000);
    assertThat(timer(later).getDuedate()).isEqualTo(Date.from(
        thisMonth().plusMonths(7).atDay(1).atStartOfDay(ZoneOffset.UTC).minusDays(60).toInstant()));
  }

  @Test
  void aLeadNurturedTooOftenGoesToAManagerWhoKeepsNurturingIt() {
    ProcessInstance lead = startLead(18);
    for (int round = 1; round <= 4; round++) {
      complete(task(lead, "Task_QualifyLead"), Map.of("qualificationDecision", "NURTURE"));
      assertThat(lead).isWaitingAt("Event_NurturePeriodOver");
      assertThat(runtime.getVariable(lead.getId(), "nurtureRounds")).isEqualTo(round);
      wakeUpAndConfirmTheFigures(lead);
    }
    complete(task(lead, "Task_QualifyLead"), Map.of("qualificationDecision", "NURTURE"));

    assertThat(lead).isWaitingAt("Task_DecideLongNurturedLead");
    Task decide = task(lead, "Task_DecideLongNurturedLead");
    BpmnAwareTests.assertThat(decide).hasCandidateGroup(SalesGroups.MANAGERS);
    assertThat(tasks.getVariablesLocal(decide.getId())).containsEntry("nurtureRoundsText", "5")
        .containsKey("nurturingSinceText").containsKey("plannedPurchaseText");
    assertThat(refusedFields(() -> complete(decide, Map.of("nurtureDecision", "MAYBE"))))
        .containsExactly("nurtureDecision");

    complete(decide, Map.of("nurtureDecision", "KEEP_NURTURING"));

    assertThat(lead).isWaitingAt("Event_NurturePeriodOver").variables()
        .containsEntry("nurtureRounds", 0);
    wakeUpAndConfirmTheFigures(lead);
    complete(task(lead, "Task_QualifyLead"), Map.of("qualificationDecision", "NURTURE"));
    assertThat(lead).isWaitingAt("Event_NurturePeriodOver").variables()
        .containsEntry("nurtureRounds", 1);
  }

  @Test
  void aLeadNurturedTooLongGoesToAManagerWhoClosesItWithAReason() {
    ProcessInstance lead = startLead(18);
    complete(task(lead, "Task_QualifyLead"), Map.of("qualificationDecision", "NURTURE"));
    moveClock(now().plusYears(2).plusDays(1));
    management.executeJob(timer(lead).getId());
    Map<String, Object> answers = formAnswers(lead);
    answers.put("plannedPurchase", thisMonth().plusMonths(18).toString());
    complete(task(lead, "Task_UpdateLeadFigures"), answers);
    complete(task(lead, "Task_QualifyLead"), Map.of("qualificationDecision", "NURTURE"));

    Task decide = task(lead, "Task_DecideLongNurturedLead");
    assertThat(runtime.getVariable(lead.getId(), "nurtureRounds")).isEqualTo(2);
    assertThat(refusedFields(() -> complete(decide, Map.of("nurtureDecision", "CLOSE"))))
        .containsExactly("nurtureCloseReason");

    complete(decide, Map.of("nurtureDecision", "CLOSE",
        "nurtureCloseReason", " No budget in two years "));

    assertThat(lead).isEnded().hasPassed("EndEvent_LeadClosedAfterNurture");
    List<StageHistoryEntry> history = stageHistory.of(lead.getId());
    StageHistoryEntry last = history.get(history.size() - 1);
    assertThat(last.stage()).isEqualTo(Stage.LOST);
    assertThat(last.reason()).isEqualTo("No budget in two years");
  }

  // --- steps ---

  /** The fields a step's own rules refused, as the engine reports a listener's refusal. */
  private static List<String> refusedFields(Runnable completion) {
    try {
      completion.run();
    } catch (ProcessEngineException failure) {
      return InvalidLeadException.causing(failure).orElseThrow(() -> failure).errors().stream()
          .map(InvalidField::field).toList();
    }
    throw new AssertionError("not refused");
  }

  private ProcessInstance nurturedUntilItsFiguresAreDue(int monthsAhead) {
    ProcessInstance lead = startLead(monthsAhead);
    complete(task(lead, "Task_QualifyLead"), Map.of("qualificationDecision", "NURTURE"));
    management.executeJob(timer(lead).getId());
    assertThat(lead).isWaitingAt("Task_UpdateLeadFigures");
    return lead;
  }

  private void wakeUpAndConfirmTheFigures(ProcessInstance lead) {
    management.executeJob(timer(lead).getId());
    complete(task(lead, "Task_UpdateLeadFigures"), formAnswers(lead));
  }

  private ProcessInstance startLead(int monthsAhead) {
    return runtime.startProcessInstanceByKey("sales-cycle",
        Leads.with(Leads.qualifiedLead(), "purchaseTimelineMonths", monthsAhead));
  }

  /** What the form sends unchanged: its fields prefilled from the lead's variables. */
  private Map<String, Object> formAnswers(ProcessInstance lead) {
    Map<String, Object> answers = new HashMap<>();
    for (String name : LeadCorrections.FIGURES) {
      answers.put(name, runtime.getVariable(lead.getId(), name));
    }
    return answers;
  }

  private static LeadFiguresRequest figures(String plannedPurchase) {
    return new LeadFiguresRequest(null, null, null, plannedPurchase, null, null, null, null,
        "Purchase moved up");
  }

  private void complete(Task task, Map<String, Object> answers) {
    tasks.complete(task.getId(), answers);
  }

  private Task task(ProcessInstance lead, String key) {
    return tasks.createTaskQuery().processInstanceId(lead.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  private Job timer(ProcessInstance lead) {
    return management.createJobQuery().processInstanceId(lead.getId())
        .activityId("Event_NurturePeriodOver").singleResult();
  }

  private String leadId(ProcessInstance lead) {
    return (String) runtime.getVariable(lead.getId(), "leadId");
  }

  private static void moveClock(ZonedDateTime to) {
    ClockUtil.setCurrentTime(Date.from(to.toInstant()));
  }

  private static ZonedDateTime now() {
    return Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()).atZone(ZoneOffset.UTC);
  }

  private static YearMonth thisMonth() {
    return YearMonth.from(now());
  }

  private static String words(YearMonth month) {
    return Dates.month(month);
  }
}
