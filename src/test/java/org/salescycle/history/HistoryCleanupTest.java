package org.salescycle.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salescycle.process.Leads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * History is kept for the models' time to live (365 days) and removed by the nightly cleanup:
 * a lead that ended 400 days ago is removed with its decisions, one that ended today is kept.
 */
@SpringBootTest
@ActiveProfiles("test")
class HistoryCleanupTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void cleanupWindowIsConfiguredForTheNight() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
  }

  @Test
  void onlyHistoryPastItsTimeToLiveIsRemoved() {
    ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(400))));
    String old = disqualifiedLead();
    ClockUtil.reset();
    String recent = disqualifiedLead();
    assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(old).count()).isPositive();

    Job cleanup = history.cleanUpHistoryAsync(true);
    management.executeJob(cleanup.getId());

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(old).count()).isZero();
    assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(old).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(old).count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(recent).count()).isOne();
    assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(recent).count()).isPositive();
  }

  private String disqualifiedLead() {
    ProcessInstance lead = runtime.startProcessInstanceByKey("sales-cycle",
        Leads.with(Leads.qualifiedLead(), "employees", 3));
    String taskId = tasks.createTaskQuery().processInstanceId(lead.getId()).singleResult().getId();
    tasks.complete(taskId, Map.of("qualificationDecision", "DISQUALIFY"));
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(lead.getId())
        .singleResult().getEndTime()).isNotNull();
    return lead.getId();
  }
}
