package org.salescycle.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salescycle.credit.PolicyCreditBureau;
import org.salescycle.lead.LeadNote;
import org.salescycle.lead.LeadNotes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * A rep completes "Give product demo" while the credit check job is running: both paths of
 * "Evaluate prospect" reach the parallel join in transactions that overlap. The credit check is
 * held inside its job until the demo's transaction has committed, so the overlap is certain, not
 * a matter of timing. Neither transaction may fail: the credit check must not be repeated or
 * postponed by its retry interval because of the rep.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(EvaluationJoinRaceTest.HeldBureauConfiguration.class)
class EvaluationJoinRaceTest {

  @TestConfiguration
  static class HeldBureauConfiguration {

    @Bean
    @Primary
    HeldCreditBureau heldCreditBureau(PolicyCreditBureau policy) {
      return new HeldCreditBureau(policy);
    }
  }

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired HeldCreditBureau bureau;
  @Autowired LeadNotes notes;

  private final ExecutorService jobThread = Executors.newSingleThreadExecutor();

  @AfterEach
  void stopJobThread() {
    bureau.release();
    jobThread.shutdownNow();
  }

  @Test
  void aDemoCompletedWhileTheCreditCheckRunsCostsTheCheckNothing() throws Exception {
    ProcessInstance lead = runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());
    complete(lead, "Task_QualifyLead", "qualificationDecision", "QUALIFY");
    complete(lead, "Task_HoldDiscoveryDialogue", "dialogueOutcome", "PROSPECT");
    String creditCheck = jobsAt(lead, Evaluation.CREDIT_CHECK).get(0).getId();

    bureau.holdNextCheck();
    Future<?> check = jobThread.submit(() -> management.executeJob(creditCheck));
    bureau.awaitHeldCheck();
    complete(lead, Evaluation.PRODUCT_DEMO, "demoFeedback", "Liked the pipeline report");
    bureau.release();

    assertThatCode(() -> check.get(1, TimeUnit.MINUTES))
        .as("the credit check job, whose transaction the demo's overlapped")
        .doesNotThrowAnyException();
    assertThat(jobsAt(lead, Evaluation.CREDIT_CHECK)).as("the credit check is done").isEmpty();
    assertThat(history.createHistoricJobLogQuery().processInstanceId(lead.getId()).failureLog()
        .count()).as("failed job attempts").isZero();
    assertThat(bureau.checkIds()).as("the lead id names the check, whatever the business key")
        .containsExactly(runtime.getVariable(lead.getId(), "leadId") + "/Task_RunCreditCheck/1");

    List<Job> joins = jobsAt(lead, Evaluation.JOIN);
    assertThat(joins).as("one job per path at the join").hasSize(2).allSatisfy(join -> {
      assertThat(join.getExceptionMessage()).isNull();
      assertThat(join.getRetries()).isEqualTo(3);
    });
    Evaluation.join(management, lead.getId());
    assertThat(runtime.getActiveActivityIds(lead.getId())).containsExactly("Task_PrepareQuote");
    assertThat(runtime.getVariables(lead.getId())).containsEntry("creditDecision", "APPROVED")
        .doesNotContainKey("demoFeedback");
    assertThat(notes.of(runtime.getVariable(lead.getId(), "leadId").toString()))
        .extracting(LeadNote::text).containsExactly("Liked the pipeline report");
  }

  private void complete(ProcessInstance lead, String taskKey, String variable, Object value) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(lead.getId())
        .taskDefinitionKey(taskKey).singleResult().getId(), Map.of(variable, value));
  }

  private List<Job> jobsAt(ProcessInstance lead, String activityId) {
    return management.createJobQuery().processInstanceId(lead.getId()).activityId(activityId)
        .list();
  }
}
