package org.salescycle.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salescycle.notification.NotificationMails.only;
import static org.salescycle.notification.NotificationMails.to;
import static org.salescycle.notification.NotificationMails.user;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.salescycle.process.Evaluation;
import org.salescycle.process.Leads;
import org.salescycle.quote.QuoteInputs;
import org.salescycle.words.Dates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every notification e-mail, through the real engine, the outbox table and a real SMTP server
 * (GreenMail): who gets which e-mail when, what it says, and what a mail server that is down does.
 * The sender and the digests are run by the tests (their schedule is an hour away).
 */
@SpringBootTest(properties = {
    "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
    "sales-cycle.notifications.public-url=http://sales.example",
    "sales-cycle.notifications.send-every=1h"})
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class NotificationTest {

  static final String TASKLIST = "http://sales.example/camunda/app/tasklist/default/#/?task=";

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired JdbcTemplate jdbc;
  @Autowired OutboxSender sender;
  @Autowired Digests digests;

  String rep;
  String otherRep;
  String manager;

  @BeforeEach
  void team() {
    jdbc.update("delete from notification");
    rep = user(identity, "Nina", "sales-reps");
    otherRep = user(identity, "Omar", "sales-reps");
    manager = user(identity, "Mona", "sales-managers");
  }

  @AfterEach
  void clock() {
    ClockUtil.reset();
    identity.clearAuthentication();
  }

  @Test
  void aNewLeadIsMailedToEveryRepAndATaskAssignedByAManagerToItsAssignee() {
    String instance = startLead(Leads.qualifiedLead());
    Task qualify = task(instance, "Task_QualifyLead");
    String company = companyOf(instance);
    sender.sendWaiting();

    var news = only(smtp, otherRep);
    assertThat(news.subject()).isEqualTo("New for Sales reps: Qualify lead – " + company);
    assertThat(news.text()).contains("Hello Omar,", "\"Qualify lead – " + company
            + "\" waits for someone in Sales reps to take it.", "Company: " + company,
        "Stage: Qualifying", "Deal value: 40,000.00 EUR",
        "Due: " + Dates.format(qualify.getDueDate().toInstant()), TASKLIST + qualify.getId());
    assertThat(news.text().replace(TASKLIST + qualify.getId(), ""))
        .as("no ids besides the link").doesNotContain(qualify.getId()).doesNotContain(instance);
    assertThat(only(smtp, rep).subject()).startsWith("New for Sales reps: Qualify lead");
    assertThat(to(smtp, manager)).as("reps' work is not the managers'").isEmpty();

    smtp.reset();
    identity.setAuthentication(manager, List.of("sales-managers"));
    tasks.setAssignee(qualify.getId(), rep);
    identity.clearAuthentication();
    sender.sendWaiting();

    var assigned = only(smtp, rep);
    assertThat(assigned.subject()).isEqualTo("For you: Qualify lead – " + company);
    assertThat(assigned.text()).contains("Hello Nina,",
        "\"Qualify lead – " + company + "\" is assigned to you.", "Stage: Qualifying",
        "Deal value: 40,000.00 EUR", TASKLIST + qualify.getId());
    assertThat(to(smtp, otherRep)).isEmpty();
  }

  @Test
  void aLineBreakInALeadsCompanyNameAddsNoHeaderToTheEmail() {
    startLead(Leads.with(Leads.qualifiedLead(), "companyName",
        "Evil Corp\r\nBcc: someone@evil.example"));
    sender.sendWaiting();

    assertThat(only(smtp, rep).subject())
        .isEqualTo("New for Sales reps: Qualify lead – Evil Corp Bcc: someone@evil.example");
    assertThat(smtp.getReceivedMessages()).extracting(message -> message.getAllRecipients()[0]
        .toString()).doesNotContain("someone@evil.example");
  }

  @Test
  void aRepIsNotMailedAboutATaskSheClaimsNorAboutTheNextStepHerOwnStepOpenedForHer() {
    String instance = startLead(Leads.qualifiedLead());
    sender.sendWaiting();
    smtp.reset();

    identity.setAuthentication(rep, List.of("sales-reps"));
    tasks.claim(task(instance, "Task_QualifyLead").getId(), rep);
    sender.sendWaiting();
    assertThat(smtp.getReceivedMessages()).isEmpty();

    tasks.complete(task(instance, "Task_QualifyLead").getId(),
        Map.of("qualificationDecision", "QUALIFY", "interestConfirmed", true));
    identity.clearAuthentication();
    sender.sendWaiting();
    assertThat(task(instance, "Task_HoldDiscoveryDialogue").getAssignee())
        .as("the lead's next step opens for its owner").isEqualTo(rep);
    assertThat(smtp.getReceivedMessages()).as("her own step made the task, for her").isEmpty();
  }

  @Test
  void aTaskCreatedAssignedIsMailedToItsAssigneeNotToItsGroup() {
    String process = "notified-" + rep;
    repository.createDeployment().addModelInstance(process + ".bpmn",
        Bpmn.createExecutableProcess(process).camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("Assigned").name("Call the customer").camundaAssignee(rep)
            .userTask("AssignedByListener").name("Send the contract")
            .camundaCandidateGroups("sales-reps")
            .camundaTaskListenerExpression("create", "${task.setAssignee('" + rep + "')}")
            .endEvent().done()).deploy();

    String instance = runtime.startProcessInstanceByKey(process).getId();
    sender.sendWaiting();
    assertThat(only(smtp, rep).subject()).isEqualTo("For you: Call the customer");
    assertThat(only(smtp, rep).text()).contains(TASKLIST + task(instance, "Assigned").getId());

    smtp.reset();
    identity.setAuthentication(manager, List.of("sales-managers"));
    tasks.complete(task(instance, "Assigned").getId());
    identity.clearAuthentication();
    sender.sendWaiting();
    assertThat(only(smtp, rep).subject()).as("assigned as it was created, by a manager's step")
        .isEqualTo("For you: Send the contract");
    assertThat(to(smtp, otherRep)).as("the group is not told of an assigned task").isEmpty();
  }

  @Test
  void managersAreMailedWhenACreditReviewAndADiscountApprovalWait() {
    String instance = startLead(Leads.with(Leads.qualifiedLead(), "yearsInBusiness", 1));
    String company = companyOf(instance);
    walkToProspect(instance);
    executeJobsAt(instance, Evaluation.CREDIT_CHECK);
    sender.sendWaiting();

    var review = only(smtp, manager);
    Task reviewTask = task(instance, "Task_ReviewCreditDecision");
    assertThat(review.subject())
        .isEqualTo("Waiting for a manager: Review credit decision – " + company);
    assertThat(review.text()).contains("Hello Mona,", "waits for a sales manager",
        "Stage: Evaluation", "Deal value: 40,000.00 EUR", TASKLIST + reviewTask.getId());

    smtp.reset();
    tasks.complete(reviewTask.getId(), Map.of("creditReviewDecision", "APPROVE_WITH_TERMS",
        "creditTerms", "PREPAYMENT", "creditLimit", 20_000L));
    Evaluation.holdDemo(management, tasks, instance);
    Evaluation.join(management, instance);
    tasks.complete(task(instance, "Task_PrepareQuote").getId(), QuoteInputs.worth(18_000, 5));
    sender.sendWaiting();

    Task approval = task(instance, "Task_ApproveDiscount");
    var approve = only(smtp, manager);
    assertThat(approve.subject()).isEqualTo("Waiting for a manager: Approve discount – " + company);
    assertThat(approve.text()).contains("Stage: Proposal", TASKLIST + approval.getId());
  }

  @Test
  void aStalledProspectReviewIsMailedToTheManagers() {
    String instance = startLead(Leads.qualifiedLead());
    String company = companyOf(instance);
    sender.sendWaiting();
    smtp.reset();

    executeJobsAt(instance, "BoundaryEvent_QualifyLeadOverdue");
    sender.sendWaiting();

    var review = only(smtp, manager);
    assertThat(review.subject())
        .isEqualTo("Waiting for a manager: Review stalled prospect – " + company);
    assertThat(review.text())
        .contains(TASKLIST + task(instance, "Task_ReviewStalledProspect").getId());
  }

  @Test
  void theLeadsOwnerIsMailedWhenTheCustomerAcceptsTheQuote() {
    String instance = startLead(Leads.qualifiedLead());
    String company = companyOf(instance);
    walkToCustomerDecision(instance);
    smtp.reset();

    runtime.createMessageCorrelation("QuoteAccepted").processInstanceId(instance).correlate();
    sender.sendWaiting();

    var accepted = only(smtp, rep);
    assertThat(accepted.subject()).isEqualTo("Quote accepted: " + company);
    assertThat(accepted.text()).contains("Hello Nina,",
        company + " accepted the quote of 12,300.00 EUR.");
    assertThat(to(smtp, otherRep)).isEmpty();
  }

  @Test
  void theLeadsOwnerIsMailedWhenTheQuoteExpires() {
    String instance = startLead(Leads.qualifiedLead());
    String company = companyOf(instance);
    walkToCustomerDecision(instance);
    Instant sentAt = jdbc.queryForObject(
        "select sent_at from quote where process_instance_id = ?", Instant.class, instance);
    smtp.reset();

    executeJobsAt(instance, "BoundaryEvent_QuoteExpired");
    sender.sendWaiting();

    var expired = only(smtp, rep);
    assertThat(expired.subject()).isEqualTo("Quote expired: " + company);
    assertThat(expired.text()).contains("the quote of 12,300.00 EUR sent to " + company
        + " on " + Dates.format(sentAt) + " expired without an answer");
  }

  @Test
  void eachRepGetsOneDigestOfHerOverdueTasksADayAlsoFromTwoNodes() throws Exception {
    String late = startLead(Leads.qualifiedLead());
    String onTime = startLead(Leads.qualifiedLead());
    String othersLate = startLead(Leads.qualifiedLead());
    tasks.claim(task(late, "Task_QualifyLead").getId(), rep);
    tasks.claim(task(onTime, "Task_QualifyLead").getId(), rep);
    tasks.claim(task(othersLate, "Task_QualifyLead").getId(), otherRep);
    sender.sendWaiting();
    smtp.reset();
    Date due = task(late, "Task_QualifyLead").getDueDate();
    Task lateTask = task(late, "Task_QualifyLead");
    Task onTimeTask = task(onTime, "Task_QualifyLead");
    onTimeTask.setDueDate(Date.from(due.toInstant().plus(Duration.ofDays(10))));
    tasks.saveTask(onTimeTask);

    ClockUtil.setCurrentTime(Date.from(due.toInstant().plus(Duration.ofHours(1))));
    // two nodes run the morning's digest at the same moment
    CompletableFuture.allOf(CompletableFuture.runAsync(digests::overdueTasks),
        CompletableFuture.runAsync(digests::overdueTasks)).get();
    digests.overdueTasks();
    sender.sendWaiting();

    var digest = only(smtp, rep);
    assertThat(digest.subject()).isEqualTo("Your overdue tasks: 1 task");
    assertThat(digest.text()).contains("Hello Nina,",
        "- Qualify lead – " + companyOf(late) + " (Qualifying, 40,000.00 EUR, due "
            + Dates.format(due.toInstant()) + ")", TASKLIST + lateTask.getId())
        .doesNotContain(companyOf(onTime));
    assertThat(only(smtp, otherRep).text()).contains(companyOf(othersLate));

    ClockUtil.setCurrentTime(Date.from(due.toInstant().plus(Duration.ofDays(1))));
    digests.overdueTasks();
    sender.sendWaiting();
    assertThat(to(smtp, rep)).as("the next day's digest").hasSize(2);
  }

  @Test
  void aMailServerThatIsDownHoldsNothingUpAndItsEmailsAreSentOnceWhenItIsBack(
      CapturedOutput log) {
    String instance = startLead(Leads.qualifiedLead());
    sender.sendWaiting();
    smtp.reset();
    smtp.stop();
    Task qualify = task(instance, "Task_QualifyLead");
    try {
      identity.setAuthentication(manager, List.of("sales-managers"));
      tasks.setAssignee(qualify.getId(), rep);
      identity.clearAuthentication();
      assertThat(jdbc.queryForMap("select attempts, sent_at from notification where recipient = ? "
              + "and subject like 'For you:%'", NotificationMails.address(rep)))
          .as("no SMTP in the transaction: the mail waits in the outbox, not tried yet")
          .containsEntry("ATTEMPTS", 0).containsEntry("SENT_AT", null);
      assertThat(task(instance, "Task_QualifyLead").getAssignee()).isEqualTo(rep);

      sender.sendWaiting();
      sender.sendWaiting();
      assertThat(log.getOut()).containsOnlyOnce("Notification e-mails not sent");
      assertThat(log.getOut().lines().filter(line -> line.startsWith("\tat "))).isEmpty();
      assertThat(jdbc.queryForMap("select attempts, sent_at from notification where recipient = ? and subject like 'For you:%'",
          NotificationMails.address(rep))).containsEntry("ATTEMPTS", 1).containsEntry("SENT_AT", null);
    } finally {
      smtp.start();
    }
    sender.sendWaiting();
    assertThat(smtp.getReceivedMessages()).as("not before its next attempt").isEmpty();

    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofMinutes(1))));
    sender.sendWaiting();
    sender.sendWaiting();
    assertThat(only(smtp, rep).subject()).startsWith("For you: Qualify lead");
    assertThat(jdbc.queryForObject("select count(*) from notification where sent_at is null",
        Integer.class)).isZero();
  }

  // ---- helpers

  private String startLead(Map<String, Object> lead) {
    return runtime.startProcessInstanceByKey("sales-cycle", lead).getId();
  }

  private String companyOf(String instance) {
    return jdbc.queryForObject("select company_name from sales_lead where process_instance_id = ?",
        String.class, instance);
  }

  private void walkToProspect(String instance) {
    tasks.claim(task(instance, "Task_QualifyLead").getId(), rep);
    tasks.complete(task(instance, "Task_QualifyLead").getId(),
        Map.of("qualificationDecision", "QUALIFY", "interestConfirmed", true));
    tasks.complete(task(instance, "Task_HoldDiscoveryDialogue").getId(),
        Map.of("dialogueOutcome", "PROSPECT"));
  }

  private void walkToCustomerDecision(String instance) {
    walkToProspect(instance);
    Evaluation.pass(management, tasks, instance);
    tasks.complete(task(instance, "Task_PrepareQuote").getId(), QuoteInputs.worth(10_000, 0));
    executeJobsAt(instance, "Task_SendQuote");
    assertThat(task(instance, "Task_RecordCustomerDecision")).isNotNull();
    sender.sendWaiting();
  }

  private void executeJobsAt(String instance, String activityId) {
    List<Job> jobs = management.createJobQuery().processInstanceId(instance)
        .activityId(activityId).list();
    assertThat(jobs).as("jobs at " + activityId).isNotEmpty();
    jobs.forEach(job -> management.executeJob(job.getId()));
  }

  private Task task(String instance, String key) {
    return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key)
        .singleResult();
  }
}
