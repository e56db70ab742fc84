package org.salescycle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salescycle.process.Leads;
import org.salescycle.shared.SalesGroups;
import org.salescycle.tasklist.SharedTaskFilters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * What reps and managers of the demo setup may see and do, checked through the engine API with
 * authorizations on, as Tasklist and Cockpit would call it on their behalf.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class SalesTeamAccessTest {

  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FilterService filters;
  @Autowired ManagementService management;
  @Autowired SalesTeamAccess salesTeamAccess;
  @Autowired DemoUsers demoUsers;
  @Autowired SharedTaskFilters sharedTaskFilters;

  @AfterEach
  void endSession() {
    logOut();
  }

  @Test
  void demoUsersBelongToTheirGroups() {
    assertThat(identity.createUserQuery().memberOfGroup(SalesGroups.REPS).list())
        .extracting(user -> user.getId()).containsExactlyInAnyOrder("rita", "ray");
    assertThat(identity.createUserQuery().memberOfGroup(SalesGroups.MANAGERS).list())
        .extracting(user -> user.getId()).containsExactly("mia");
    assertThat(identity.checkPassword("rita", "rita")).isTrue();
  }

  @Test
  void repsUseTasklistOnlyAndManagersAlsoCockpit() {
    assertThat(mayAccess("rita", SalesGroups.REPS, "tasklist")).isTrue();
    assertThat(mayAccess("rita", SalesGroups.REPS, "cockpit")).isFalse();
    assertThat(mayAccess("rita", SalesGroups.REPS, "admin")).isFalse();
    assertThat(mayAccess("mia", SalesGroups.MANAGERS, "tasklist")).isTrue();
    assertThat(mayAccess("mia", SalesGroups.MANAGERS, "cockpit")).isTrue();
    assertThat(mayAccess("mia", SalesGroups.MANAGERS, "admin")).isFalse();
  }

  @Test
  void aRepStartsALeadAndWorksTheTasksOfHerGroupButSeesNoOtherInstances() {
    ProcessInstance othersLead = runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());

    logIn("rita", SalesGroups.REPS);
    ProcessInstance lead = runtime.startProcessInstanceByKey("sales-cycle", "lead-rita", Leads.qualifiedLead());
    Task qualify = tasks.createTaskQuery().processInstanceId(lead.getId()).singleResult();
    assertThat(qualify.getTaskDefinitionKey()).isEqualTo("Task_QualifyLead");
    assertThat(tasks.createTaskQuery().processInstanceId(othersLead.getId()).count())
        .as("the queue of her group").isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().count()).as("no instance read rights").isZero();

    tasks.claim(qualify.getId(), "rita");
    tasks.complete(qualify.getId(), Map.of(
        "qualificationDecision", "QUALIFY", "interestConfirmed", true));
    logOut();
    assertThat(runtime.getActiveActivityIds(lead.getId())).containsExactly("Task_HoldDiscoveryDialogue");
  }

  @Test
  void aRepCannotWorkAManagersTask() {
    Task review = waitingCreditReview();

    logIn("rita", SalesGroups.REPS);
    assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isZero();
    assertThatThrownBy(() -> tasks.complete(review.getId(),
            Map.of("creditReviewDecision", "APPROVE_WITH_TERMS")))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void aManagerReadsEveryInstanceAndWorksTheApprovals() {
    Task review = waitingCreditReview();

    logIn("mia", SalesGroups.MANAGERS);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(review.getProcessInstanceId())
        .count()).isEqualTo(1);
    assertThat(tasks.createTaskQuery().processInstanceId(review.getProcessInstanceId()).count())
        .as("her approval and the rep's demo").isEqualTo(2);
    tasks.complete(review.getId(), Map.of("creditReviewDecision", "REJECT"));
    logOut();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(review.getProcessInstanceId())
        .count()).isZero();
  }

  @Test
  void sharedFiltersAreVisibleToTheGroupsThatUseThem() {
    logIn("rita", SalesGroups.REPS);
    assertThat(filters.createFilterQuery().list()).extracting(Filter::getName)
        .containsExactlyInAnyOrder("My tasks", "Sales reps queue", "Overdue");
    logIn("mia", SalesGroups.MANAGERS);
    assertThat(filters.createFilterQuery().list()).extracting(Filter::getName)
        .containsExactlyInAnyOrder("My tasks", "Sales reps queue", "Manager approvals", "Overdue");
  }

  @Test
  void theRepsQueueListsTheQualifyTaskOfANewLead() {
    ProcessInstance lead = runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());
    Filter queue = filters.createFilterQuery().filterName("Sales reps queue").singleResult();

    logIn("rita", SalesGroups.REPS);
    List<Task> queued = filters.list(queue.getId());
    assertThat(queued).extracting(Task::getProcessInstanceId).contains(lead.getId());
  }

  @Test
  void runningTheSetupAgainChangesNothing() throws Exception {
    long grants = authorizations.createAuthorizationQuery().count();
    long filterCount = filters.createFilterQuery().count();
    long members = identity.createUserQuery().memberOfGroup(SalesGroups.REPS).count();

    salesTeamAccess.run(null);
    demoUsers.run(null);
    sharedTaskFilters.run(null);

    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
    assertThat(filters.createFilterQuery().count()).isEqualTo(filterCount);
    assertThat(identity.createUserQuery().memberOfGroup(SalesGroups.REPS).count()).isEqualTo(members);
  }

  private Task waitingCreditReview() {
    ProcessInstance lead = runtime.startProcessInstanceByKey("sales-cycle",
        Leads.with(Leads.qualifiedLead(), "yearsInBusiness", 1));
    Task qualify = tasks.createTaskQuery().processInstanceId(lead.getId()).singleResult();
    tasks.complete(qualify.getId(), Map.of(
        "qualificationDecision", "QUALIFY", "interestConfirmed", true));
    Task dialogue = tasks.createTaskQuery().processInstanceId(lead.getId()).singleResult();
    tasks.complete(dialogue.getId(), Map.of("dialogueOutcome", "PROSPECT"));
    management.executeJob(management.createJobQuery().processInstanceId(lead.getId())
        .activityId("Task_RunCreditCheck").singleResult().getId());
    return tasks.createTaskQuery().processInstanceId(lead.getId())
        .taskDefinitionKey("Task_ReviewCreditDecision").singleResult();
  }

  private boolean mayAccess(String user, String group, String application) {
    return authorizations.isUserAuthorized(user, List.of(group), Permissions.ACCESS,
        Resources.APPLICATION, application);
  }

  private void logIn(String user, String group) {
    identity.setAuthentication(user, List.of(group));
  }

  private void logOut() {
    identity.clearAuthentication();
  }
}
