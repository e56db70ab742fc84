package org.salescycle.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salescycle.notification.NotificationMails.only;
import static org.salescycle.notification.NotificationMails.to;
import static org.salescycle.notification.NotificationMails.user;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.salescycle.process.Leads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * New unassigned work as a digest (sales-cycle.notifications.new-work=digest): no e-mail per new
 * task, one e-mail per team member at the digest's time listing what waits unassigned, once also
 * when two nodes run it; the managers' tasks are still e-mailed at once.
 */
@SpringBootTest(properties = {
    "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
    "sales-cycle.notifications.public-url=http://sales.example",
    "sales-cycle.notifications.send-every=1h",
    "sales-cycle.notifications.new-work=digest"})
@ActiveProfiles("test")
class NewWorkDigestTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired OutboxSender sender;
  @Autowired Digests digests;

  @Test
  void newWorkWaitsForTheDigestWhichListsEachTeamMembersUnassignedTasksOnce() throws Exception {
    String rep = user(identity, "Nina", "sales-reps");
    String otherRep = user(identity, "Omar", "sales-reps");
    String manager = user(identity, "Mona", "sales-managers");
    String waiting = runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead()).getId();
    String taken = runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead()).getId();
    identity.setAuthentication(otherRep, List.of("sales-reps"));
    tasks.claim(qualify(taken).getId(), otherRep);
    identity.clearAuthentication();
    sender.sendWaiting();
    assertThat(smtp.getReceivedMessages()).as("no e-mail per new task").isEmpty();

    management.executeJob(management.createJobQuery().processInstanceId(waiting)
        .activityId("BoundaryEvent_QualifyLeadOverdue").singleResult().getId());
    sender.sendWaiting();
    assertThat(only(smtp, manager).subject()).as("the managers' work at once")
        .startsWith("Waiting for a manager: Review stalled prospect");
    smtp.reset();

    // two nodes run the digest at the same time
    CompletableFuture.allOf(CompletableFuture.runAsync(digests::unassignedWork),
        CompletableFuture.runAsync(digests::unassignedWork)).get();
    sender.sendWaiting();

    String company = runtime.getVariable(waiting, "companyName").toString();
    String takenCompany = runtime.getVariable(taken, "companyName").toString();
    for (String member : List.of(rep, otherRep)) {
      var digest = only(smtp, member);
      assertThat(digest.subject()).startsWith("Unassigned work for you to take: ");
      assertThat(digest.text())
          .contains("- Qualify lead – " + company + " (Qualifying, 40,000.00 EUR, due ",
              NotificationTest.TASKLIST + qualify(waiting).getId())
          .doesNotContain(takenCompany)
          .doesNotContain("Review stalled prospect");
    }
    assertThat(to(smtp, manager)).as("the managers' tasks are not in a digest").isEmpty();
  }

  private Task qualify(String instance) {
    return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_QualifyLead")
        .singleResult();
  }
}
