package org.salescycle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A job executor with one thread and room for one job in its queue, asked to acquire four jobs at
 * a time, drains 40 due jobs with about one acquisition per four jobs (15 when written, idle polls
 * included): the jobs it cannot queue wait for room. Handed back to the acquisition instead, as the
 * engine does by default, each cycle acquires only as many as the queue took: 43 and 44
 * acquisitions for the 40 jobs when the plugin was left out.
 */
@SpringBootTest(properties = {
    "camunda.bpm.job-execution.enabled=true",
    "camunda.bpm.job-execution.core-pool-size=1",
    "camunda.bpm.job-execution.max-pool-size=1",
    "camunda.bpm.job-execution.queue-capacity=1",
    "camunda.bpm.job-execution.max-jobs-per-acquisition=4"})
@ActiveProfiles("test")
class BlockingRejectedJobsTest {

  private static final String PROCESS = "Process_JobsWaitForRoom";
  private static final int JOBS = 40;
  private static final int JOBS_PER_ACQUISITION = 4;

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  private String deploymentId;

  @BeforeEach
  void deploy() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Job")
        .serviceTask("Task_Slow").camundaAsyncBefore().camundaClass(SlowStep.class.getName())
        .endEvent("EndEvent_Job")
        .done();
    deploymentId = repositoryService.createDeployment()
        .addModelInstance("jobs-wait-for-room.bpmn", model).deploy().getId();
  }

  @AfterEach
  void undeploy() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  void jobsThatFindTheQueueFullWaitForRoomInsteadOfMakingTheAcquisitionSpin()
      throws InterruptedException {
    managementService.suspendJobDefinitionByProcessDefinitionKey(PROCESS, true);
    for (int instance = 0; instance < JOBS; instance++) {
      runtimeService.startProcessInstanceByKey(PROCESS);
    }
    long acquisitionsBefore = acquisitions();

    managementService.activateJobDefinitionByProcessDefinitionKey(PROCESS, true);
    awaitAllFinished(Duration.ofSeconds(60));

    long acquisitions = acquisitions() - acquisitionsBefore;
    assertThat(acquisitions)
        .as("acquisitions for %d jobs, %d per acquisition", JOBS, JOBS_PER_ACQUISITION)
        .isBetween((long) JOBS / JOBS_PER_ACQUISITION, (long) JOBS / 2);
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
    assertThat(managementService.createJobQuery().processDefinitionKey(PROCESS).count()).isZero();
  }

  private void awaitAllFinished(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (finishedInstances() < JOBS) {
      assertThat(System.nanoTime()).as("instances finished after " + timeout).isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private long finishedInstances() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
        .finished().count();
  }

  private long acquisitions() {
    managementService.reportDbMetricsNow();
    return managementService.createMetricsQuery().name(Metrics.JOB_ACQUISITION_ATTEMPT).sum();
  }

  /** A job that takes a while, so that the acquisition outpaces the one job thread. */
  public static class SlowStep implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) throws InterruptedException {
      Thread.sleep(20);
    }
  }
}
