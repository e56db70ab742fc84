package org.salescycle.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salescycle.IntegrationTest;
import org.salescycle.events.LeadEvents;
import org.salescycle.identity.TestUsers;
import org.salescycle.shared.Caller;
import org.salescycle.shared.SalesGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/**
 * An overdue review fires a grace period (one day in the test profile) after the watched task's
 * current due date, whoever moves it: the Java API, a manager over the REST API, urgency raised on
 * the lead, and urgency that a task carries when it opens.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OverdueReviewsFollowDueDatesTest {

  private static final String MANAGER = "mona-moves-dates";
  private static final String PASSWORD = "overdue-test-password";
  private static final Duration GRACE = Duration.ofDays(1);
  private static final DateTimeFormatter REST_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired LeadEvents events;
  @Autowired TestRestTemplate http;

  @BeforeEach
  void ensureManager() {
    TestUsers.ensure(identity, MANAGER, PASSWORD, SalesGroups.MANAGERS);
  }

  @Test
  void theQualificationReviewMovesWithTheTasksDueDateBothWays() {
    ProcessInstance lead = runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());
    Task qualify = task(lead, "Task_QualifyLead");
    assertReviewAt(lead, "BoundaryEvent_QualifyLeadOverdue", qualify.getDueDate());

    Date later = Date.from(Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
    qualify.setDueDate(later);
    tasks.saveTask(qualify);
    assertReviewAt(lead, "BoundaryEvent_QualifyLeadOverdue", later);

    Instant sooner = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    ObjectNode body = manager().getForObject("/engine-rest/task/" + qualify.getId(),
        ObjectNode.class);
    body.remove("camundaFormRef");
    body.put("due", REST_DATE.format(sooner));
    var moved = manager().exchange("/engine-rest/task/" + qualify.getId(), HttpMethod.PUT,
        new HttpEntity<>(body), String.class);
    assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(task(lead, "Task_QualifyLead").getDueDate()).isEqualTo(Date.from(sooner));
    assertReviewAt(lead, "BoundaryEvent_QualifyLeadOverdue", Date.from(sooner));
  }

  @Test
  void urgencyBringsTheReviewForwardAndTheNextTaskOpensWithItsHurriedReview() {
    ProcessInstance lead = runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());
    String leadId = (String) runtime.getVariable(lead.getId(), "leadId");

    events.raiseUrgency(leadId, "Budget closes this week",
        new Caller(MANAGER, Set.of(SalesGroups.MANAGERS)));

    Task qualify = task(lead, "Task_QualifyLead");
    assertThat(qualify.getDueDate()).isBefore(Date.from(Instant.now().plus(Duration.ofDays(2))));
    assertReviewAt(lead, "BoundaryEvent_QualifyLeadOverdue", qualify.getDueDate());

    tasks.complete(qualify.getId(), java.util.Map.of("qualificationDecision", "QUALIFY",
        "interestConfirmed", true));
    Task dialogue = task(lead, "Task_HoldDiscoveryDialogue");
    assertThat(dialogue.getDueDate())
        .as("an urgent lead's task is due within a day, not the configured seven")
        .isBefore(Date.from(Instant.now().plus(Duration.ofDays(2))));
    assertReviewAt(lead, "BoundaryEvent_DialogueOverdue", dialogue.getDueDate());
  }

  private void assertReviewAt(ProcessInstance lead, String boundaryEvent, Date due) {
    Job review = management.createJobQuery().processInstanceId(lead.getId())
        .activityId(boundaryEvent).singleResult();
    assertThat(review.getDuedate().toInstant())
        .isCloseTo(due.toInstant().plus(GRACE), within(1, ChronoUnit.SECONDS));
  }

  private Task task(ProcessInstance lead, String key) {
    return tasks.createTaskQuery().processInstanceId(lead.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  private TestRestTemplate manager() {
    return http.withBasicAuth(MANAGER, PASSWORD);
  }
}
