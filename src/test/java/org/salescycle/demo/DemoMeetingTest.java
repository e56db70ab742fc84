package org.salescycle.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.model.Property;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.salescycle.identity.TestUsers;
import org.salescycle.lead.InvalidLeadException;
import org.salescycle.lead.LeadRepository;
import org.salescycle.lead.NewLead;
import org.salescycle.process.Leads;
import org.salescycle.shared.InvalidField;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The product demo in processes/sales-cycle.bpmn, with its beans on the real engine, H2 and a real
 * SMTP server (GreenMail): schedule, invite, move, cancel, record as held. The calendar messages
 * are read back with ical4j as a calendar program reads them.
 */
@SpringBootTest(properties = {
    "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
    "sales-cycle.notifications.send-every=1h"})
@ActiveProfiles("test")
class DemoMeetingTest {

  static final String PROCESS = "sales-cycle";
  static final String REP = "rita-demo";
  static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");
  static final String START = "2027-01-14T10:00Z";

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired LeadRepository leads;
  @Autowired DemoMeetings meetings;

  @BeforeEach
  void repAndClock() {
    TestUsers.ensure(identity, REP, "secret", "sales-reps");
    User rita = identity.createUserQuery().userId(REP).singleResult();
    rita.setFirstName("Rita");
    rita.setLastName("Rep");
    rita.setEmail("rita@seller.example");
    identity.saveUser(rita);
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aDemoIsInvitedMovedAndCancelledAsOneCalendarEvent() throws Exception {
    String instance = lead("invite");
    String leadId = leadOf(instance);
    String contact = contactOf(instance);
    complete(instance, "Task_ScheduleProductDemo", Map.of("demoStart", START,
        "demoDurationMinutes", 60, "demoLocation", "https://meet.example/acme-demo",
        "demoAttendees", "cfo@invite.example, cto@invite.example"));

    assertThat(runtime.getVariables(instance))
        .containsEntry("demoStart", Date.from(Instant.parse("2027-01-14T10:00:00Z")))
        .containsEntry("demoEnd", Date.from(Instant.parse("2027-01-14T11:00:00Z")))
        .doesNotContainKeys("demoDurationMinutes", "demoLocation", "demoAttendees");
    assertThat(DemoInvites.sent(smtp)).as("nothing sent before the job runs").isEmpty();
    invite(instance);

    DemoInvites.Received invitation = DemoInvites.sent(smtp).get(0);
    assertThat(invitation.calendarType().getBaseType()).isEqualTo("text/calendar");
    assertThat(invitation.calendarType().getParameter("method")).isEqualTo("REQUEST");
    assertThat(invitation.method()).isEqualTo("REQUEST");
    String uid = invitation.eventValue("UID");
    assertThat(invitation.eventValue("SEQUENCE")).isEqualTo("0");
    assertThat(invitation.eventValue("DTSTART")).isEqualTo("20270114T100000Z");
    assertThat(invitation.eventValue("DTEND")).isEqualTo("20270114T110000Z");
    assertThat(invitation.eventValue("LOCATION")).isEqualTo("https://meet.example/acme-demo");
    assertThat(invitation.eventValue("SUMMARY")).isEqualTo("Sales Cycle demo for Invite Ltd");
    assertThat(invitation.eventValue("ORGANIZER")).isEqualTo("mailto:rita@seller.example");
    assertThat(invitation.event().getProperty("ORGANIZER").orElseThrow().getParameter("CN")
        .orElseThrow().getValue()).isEqualTo("Rita Rep");
    assertThat(invitation.attendees()).containsExactly("mailto:" + contact,
        "mailto:cfo@invite.example", "mailto:cto@invite.example");
    assertThat(invitation.event().<Property>getProperties("ATTENDEE")).allSatisfy(attendee ->
        assertThat(attendee.getParameter("RSVP").orElseThrow().getValue()).isEqualTo("TRUE"));
    assertThat(invitation.recipients()).containsExactly(contact,
        "cfo@invite.example", "cto@invite.example");
    assertThat(invitation.message().getSubject())
        .isEqualTo("Invitation: Sales Cycle demo for Invite Ltd, 14 Jan 2027, 10:00 to 11:00 UTC");
    assertThat(GreenMailUtil.getBody(invitation.message())).contains("Dear Anna Nowak,");

    Task record = task(instance, "Task_RecordDemoOutcome");
    assertThat(record.getFollowUpDate()).isEqualTo(Date.from(Instant.parse("2027-01-14T10:00:00Z")));
    assertThat(record.getDueDate()).as("a day after the demo's end")
        .isEqualTo(Date.from(Instant.parse("2027-01-15T11:00:00Z")));
    assertThat(tasks.getVariablesLocal(record.getId()))
        .containsEntry("demoMeetingWhen", "14 Jan 2027, 10:00 to 11:00 UTC")
        .containsEntry("demoMeetingWhere", "https://meet.example/acme-demo")
        .containsEntry("demoMeetingWho", "Anna Nowak (" + contact + "), cfo@invite.example, "
            + "cto@invite.example; organized by Rita Rep");

    complete(instance, "Task_RecordDemoOutcome", Map.of("demoOutcome", "RESCHEDULE",
        "demoStart", "2027-01-21T14:30:00+01:00", "demoDurationMinutes", 90));
    invite(instance);
    DemoInvites.Received update = DemoInvites.sent(smtp).get(1);
    assertThat(update.method()).isEqualTo("REQUEST");
    assertThat(update.eventValue("UID")).isEqualTo(uid);
    assertThat(update.eventValue("SEQUENCE")).isEqualTo("1");
    assertThat(update.eventValue("DTSTART")).isEqualTo("20270121T133000Z");
    assertThat(update.eventValue("DTEND")).isEqualTo("20270121T150000Z");
    assertThat(update.eventValue("LOCATION")).as("kept").isEqualTo("https://meet.example/acme-demo");
    assertThat(update.attendees()).as("kept").hasSize(3);
    assertThat(update.message().getSubject()).startsWith("Updated invitation: ");
    assertThat(task(instance, "Task_RecordDemoOutcome").getDueDate())
        .isEqualTo(Date.from(Instant.parse("2027-01-22T15:00:00Z")));

    complete(instance, "Task_RecordDemoOutcome", Map.of("demoOutcome", "CANCELLED",
        "demoCancelReason", "The prospect postponed the project"));
    runJob(instance, "Task_SendDemoCancellation");
    DemoInvites.Received cancellation = DemoInvites.sent(smtp).get(2);
    assertThat(cancellation.calendarType().getParameter("method")).isEqualTo("CANCEL");
    assertThat(cancellation.method()).isEqualTo("CANCEL");
    assertThat(cancellation.eventValue("UID")).isEqualTo(uid);
    assertThat(cancellation.eventValue("SEQUENCE")).isEqualTo("2");
    assertThat(cancellation.eventValue("STATUS")).isEqualTo("CANCELLED");
    assertThat(cancellation.attendees()).hasSize(3);
    assertThat(cancellation.message().getSubject()).startsWith("Cancelled: ");
    assertThat(meetings.of(leadId).orElseThrow().state()).isEqualTo(DemoState.CANCELLED);
    assertAtTheJoin(instance);
  }

  @Test
  void aPolishLeadIsInvitedInPolishWhileTheCalendarStaysAsItIs() throws Exception {
    String instance = lead("zaproszenie", "PL");
    complete(instance, "Task_ScheduleProductDemo", Map.of("demoStart", START,
        "demoDurationMinutes", 60, "demoLocation", "https://meet.example/demo-pl"));
    invite(instance);

    DemoInvites.Received invitation = DemoInvites.sent(smtp).get(0);
    assertThat(invitation.message().getSubject()).isEqualTo("Zaproszenie: Prezentacja Sales "
        + "Cycle dla Zaproszenie Ltd, 14 sty 2027, 10:00 do 11:00 UTC");
    assertThat(invitation.text()).contains("Dzień dobry Anna Nowak,",
        "zapraszam na prezentację Sales Cycle dla Zaproszenie Ltd.",
        "Kiedy: 14 sty 2027, 10:00 do 11:00 UTC", "Gdzie: https://meet.example/demo-pl",
        "Z wyrazami szacunku", "Rita Rep").doesNotContain("Dear", "When:");
    assertThat(invitation.eventValue("SUMMARY")).isEqualTo("Sales Cycle demo for Zaproszenie Ltd");
  }

  @Test
  void schedulingRefusesAPastStartAnOddDurationAndAnAttendeeWhoIsNoAddress() {
    String instance = lead("refused");
    assertThatThrownBy(() -> complete(instance, "Task_ScheduleProductDemo", Map.of(
        "demoStart", "2027-01-09T10:00Z", "demoDurationMinutes", 10, "demoLocation", "Room 2",
        "demoAttendees", "cfo@refused.example, not an address")))
        .satisfies(refusal -> assertThat(refused(refusal)).extracting(InvalidField::field)
            .containsExactly("demoStart", "demoDurationMinutes", "demoAttendees"))
        .hasMessageContaining("demoStart must be in the future")
        .hasMessageContaining("demoDurationMinutes must be a whole number of minutes from 15 to 480")
        .hasMessageContaining("these are not: not an address");
    assertThatThrownBy(() -> complete(instance, "Task_ScheduleProductDemo", Map.of(
        "demoDurationMinutes", 60)))
        .hasMessageContaining("demoStart is required")
        .hasMessageContaining("demoLocation is required");
    assertThat(meetings.of(leadOf(instance))).isEmpty();
  }

  @Test
  void aDemoIsRecordedAsHeldOnlyOnceItHasEnded() throws Exception {
    String instance = lead("held");
    String leadId = leadOf(instance);
    complete(instance, "Task_ScheduleProductDemo", Map.of("demoStart", START,
        "demoDurationMinutes", 60, "demoLocation", "Room 2"));
    invite(instance);

    Map<String, Object> held = Map.of("demoOutcome", "HELD",
        "demoFeedback", "Liked the pipeline report");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-14T10:45:00Z")));
    assertThatThrownBy(() -> complete(instance, "Task_RecordDemoOutcome", held))
        .satisfies(refusal -> assertThat(refused(refusal)).containsExactly(new InvalidField(
            "demoOutcome",
            "The demo is scheduled until 14 Jan 2027, 11:00 UTC: record its outcome after it")));
    assertThatThrownBy(() -> complete(instance, "Task_RecordDemoOutcome",
        Map.of("demoOutcome", "HELD")))
        .hasMessageContaining("demoFeedback is required");

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-14T11:00:00Z")));
    complete(instance, "Task_RecordDemoOutcome", held);
    assertThat(meetings.of(leadId).orElseThrow().state()).isEqualTo(DemoState.HELD);
    assertThat(runtime.getVariables(instance)).containsEntry("demoOutcome", "HELD")
        .containsEntry("demoEnd", Date.from(Instant.parse("2027-01-14T11:00:00Z")))
        .as("the feedback is a note of the lead").doesNotContainKey("demoFeedback");
    assertThat(DemoInvites.sentCount(smtp)).isEqualTo(1);
    assertAtTheJoin(instance);
  }

  @Test
  void aLeadWithoutAMeetingFromTheEarlierModelRecordsItsDemoAsHeldAtOnce() {
    String instance = lead("earlier");
    runtime.createProcessInstanceModification(instance).cancelAllForActivity(
        "Task_ScheduleProductDemo").startBeforeActivity("Task_RecordDemoOutcome").execute();

    Task record = task(instance, "Task_RecordDemoOutcome");
    assertThat(record.getFollowUpDate()).isEqualTo(Date.from(NOW));
    assertThat(record.getDueDate()).as("record-demo-outcome's due-within")
        .isEqualTo(Date.from(NOW.plus(Duration.ofDays(1))));
    assertThat(tasks.getVariablesLocal(record.getId())).doesNotContainKey("demoMeetingWhen");
    complete(instance, "Task_RecordDemoOutcome", Map.of("demoOutcome", "HELD",
        "demoFeedback", "Liked the pipeline report"));
    assertAtTheJoin(instance);
  }

  /**
   * A prospect of the company "{name} Ltd", contact Anna Nowak, whose evaluation has just begun:
   * the credit check waits for its job and "Schedule product demo" is open. Started there, as a
   * lead that came through qualification and discovery has its row in the lead table.
   */
  String lead(String name) {
    return lead(name, "GB");
  }

  String lead(String name, String country) {
    String leadId = UUID.randomUUID().toString();
    String company = Character.toUpperCase(name.charAt(0)) + name.substring(1) + " Ltd";
    String email = "anna@" + name + "-" + leadId.substring(0, 8) + ".example";
    leads.insertDuplicate(leadId, null, new NewLead(company, "Anna Nowak", email, null, country,
        "test", new BigDecimal("40000")), email.substring(email.indexOf('@') + 1), "test", NOW);
    Map<String, Object> variables = Leads.qualifiedLead();
    variables.put("leadId", leadId);
    variables.put("companyName", company);
    variables.put("contactEmail", email);
    variables.put("country", country);
    String instance = runtime.createProcessInstanceByKey(PROCESS)
        .startBeforeActivity("SubProcess_EvaluateProspect").setVariables(variables).execute()
        .getId();
    leads.attachInstance(leadId, instance);
    return instance;
  }

  String contactOf(String instance) {
    return runtime.getVariable(instance, "contactEmail").toString();
  }

  /** What the rules refused, as the engine hands the listener's refusal on. */
  static List<InvalidField> refused(Throwable failure) {
    return InvalidLeadException.causing(failure).orElseThrow().errors();
  }

  String leadOf(String instance) {
    return runtime.getVariable(instance, "leadId").toString();
  }

  Task task(String instance, String step) {
    return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(step)
        .singleResult();
  }

  void complete(String instance, String step, Map<String, Object> answers) {
    Task task = task(instance, step);
    if (task.getAssignee() == null) {
      tasks.claim(task.getId(), REP);
    }
    tasks.complete(task.getId(), answers);
  }

  void runJob(String instance, String step) {
    List<String> jobs = management.createJobQuery().processInstanceId(instance).activityId(step)
        .list().stream().map(job -> job.getId()).toList();
    assertThat(jobs).as(step).hasSize(1);
    management.executeJob(jobs.get(0));
  }

  void invite(String instance) {
    runJob(instance, "Task_SendDemoInvitation");
  }

  /** The demo's path arrived at the join of the evaluation, where it waits for the credit check. */
  void assertAtTheJoin(String instance) {
    assertThat(management.createJobQuery().processInstanceId(instance)
        .activityId("Gateway_EvaluationComplete").count()).isEqualTo(1);
    assertThat(tasks.createTaskQuery().processInstanceId(instance).list())
        .extracting(Task::getTaskDefinitionKey).doesNotContain("Task_RecordDemoOutcome");
  }
}
