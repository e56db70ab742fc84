package org.salescycle.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.salescycle.lead.Lead;
import org.salescycle.lead.LeadRepository;
import org.salescycle.process.Evaluation;
import org.salescycle.process.Leads;
import org.salescycle.quote.QuoteInputs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The pipeline read model, lost or damaged, comes back from the engine's history as it was. The
 * rebuild reads the whole history, so this class starts on a database of its own.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class PipelineRebuildTest {

  @Autowired PipelineRebuild rebuild;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired LeadRepository leads;
  @Autowired JdbcTemplate jdbc;

  @Test
  void lostAndDamagedLeadRowsAreRebuiltAsTheyWere() {
    String waiting = start();
    tasks.claim(task(waiting, "Task_QualifyLead"), "rita");
    String quoted = start();
    walkToCustomerDecision(quoted);
    String withdrawn = start();
    runtime.createMessageCorrelation("ProspectWithdrew").processInstanceId(withdrawn).correlate();
    String urgent = start();
    tasks.complete(task(urgent, "Task_QualifyLead"),
        Map.of("qualificationDecision", "QUALIFY", "interestConfirmed", true, "urgent", true));
    List<String> instances = List.of(waiting, quoted, withdrawn, urgent);
    Map<String, Lead> before = rows(instances);
    assertThat(before.get(quoted).dealValue()).isEqualByComparingTo("38000.00");
    assertThat(before.get(waiting).owner()).isEqualTo("rita");
    assertThat(before.get(withdrawn).open()).isFalse();
    assertThat(before.get(urgent).urgent()).isTrue();
    Map<String, Map<String, Object>> funnelsBefore = funnels(instances);
    assertThat(funnelsBefore.get(quoted)).as("kept by the stage recorder")
        .containsKeys("LEAD_AT", "QUALIFYING_AT", "PROSPECT_AT", "EVALUATION_AT", "PROPOSAL_AT")
        .doesNotContainKeys("WON_AT", "OUTCOME");
    assertThat(funnelsBefore.get(withdrawn)).containsEntry("OUTCOME", "LOST")
        .containsEntry("OUTCOME_REASON", "WITHDREW").containsKey("OUTCOME_AT");

    jdbc.update("delete from sales_lead where process_instance_id in (?, ?)", waiting, withdrawn);
    jdbc.update("""
        update sales_lead set stage = null, stage_entered_at = null, owner = null,
          deal_value = null, urgent = false, last_activity_at = null, lead_at = null,
          qualifying_at = null, prospect_at = null, evaluation_at = null, proposal_at = null,
          outcome = null, outcome_reason = null, outcome_at = null
        where process_instance_id in (?, ?)""", quoted, urgent);

    PipelineRebuild.Result result = rebuild.rebuild();

    assertThat(result.recreated()).isEqualTo(2);
    assertThat(result.leads()).isGreaterThanOrEqualTo(4);
    Map<String, Lead> after = rows(instances);
    for (String instance : instances) {
      Lead was = before.get(instance);
      Lead is = after.get(instance);
      assertThat(is).as(instance).usingRecursiveComparison()
          .ignoringFields("createdAt", "createdBy", "lastActivityAt", "closedAt", "phone", "source",
              "contactName", "contactEmail")
          .isEqualTo(was);
      // the engine's own end and task times, a few milliseconds from what the listeners wrote
      assertThat(is.lastActivityAt()).as(instance)
          .isCloseTo(was.lastActivityAt(), within(2, ChronoUnit.SECONDS));
      assertThat(is.open()).as(instance).isEqualTo(was.open());
      if (!was.open()) {
        assertThat(is.closedAt()).isCloseTo(was.closedAt(), within(2, ChronoUnit.SECONDS));
      }
    }
    assertThat(funnels(instances)).isEqualTo(funnelsBefore);
    for (String kept : List.of(quoted, urgent)) {
      assertThat(after.get(kept).contactEmail()).isEqualTo(before.get(kept).contactEmail());
    }
    for (String lost : List.of(waiting, withdrawn)) {
      assertThat(after.get(lost).contactEmail())
          .as("contact details live in the lead row only: a lost row comes back without them")
          .isNull();
    }
  }

  @Test
  void aLeadWithoutStageHistoryTakesTheStageTimeEarlierBuildsKeptAsAVariable() {
    String instance = start();
    Instant earlier = Instant.parse("2026-01-05T10:00:00Z");
    runtime.setVariable(instance, "stageEnteredAt", Date.from(earlier));
    jdbc.update("delete from stage_history where process_instance_id = ?", instance);
    jdbc.update("update sales_lead set stage_entered_at = null where process_instance_id = ?",
        instance);

    rebuild.rebuild();

    assertThat(leads.findByProcessInstance(instance).orElseThrow().stageEnteredAt())
        .isEqualTo(earlier);
  }

  private String start() {
    ProcessInstance instance = runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());
    return instance.getId();
  }

  private void walkToCustomerDecision(String instance) {
    tasks.complete(task(instance, "Task_QualifyLead"), Map.of(
        "qualificationDecision", "QUALIFY", "interestConfirmed", true));
    tasks.complete(task(instance, "Task_HoldDiscoveryDialogue"), Map.of("dialogueOutcome", "PROSPECT"));
    // A demo held would be recorded with the engine's clock moved past it, a later moment than
    // the steps after it, and the rebuild reads the latest moment from history.
    Evaluation.passWithCancelledDemo(management, tasks, instance);
    tasks.complete(task(instance, "Task_PrepareQuote"),
        QuoteInputs.worth(40_000, 5));
    executeJobs(instance);
    assertThat(task(instance, "Task_RecordCustomerDecision")).isNotNull();
  }

  private void executeJobs(String instance) {
    management.createJobQuery().processInstanceId(instance).executable().list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  private String task(String instance, String key) {
    return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key)
        .singleResult().getId();
  }

  /** Each instance's funnel columns that are set, by upper-case column name. */
  private Map<String, Map<String, Object>> funnels(List<String> instances) {
    return instances.stream().collect(java.util.stream.Collectors.toMap(id -> id, id -> {
      Map<String, Object> columns = new java.util.TreeMap<>();
      jdbc.queryForMap("""
          select lead_at, qualifying_at, prospect_at, evaluation_at, proposal_at, won_at,
                 outcome, outcome_reason, outcome_at from sales_lead where process_instance_id = ?""",
          id).forEach((column, value) -> {
            if (value != null) {
              columns.put(column.toUpperCase(java.util.Locale.ROOT), value);
            }
          });
      return columns;
    }));
  }

  private Map<String, Lead> rows(List<String> instances) {
    return instances.stream().collect(java.util.stream.Collectors.toMap(id -> id,
        id -> leads.findByProcessInstance(id).orElseThrow()));
  }
}
