package org.salescycle.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.test.context.ActiveProfiles;

/**
 * A job executor with one thread and room for one job in its queue, asked to acquire four jobs at
 * a time, drains 40 due jobs in exactly ten acquisitions of four: the jobs it cannot queue wait
 * for room. Handed back to the acquisition instead, as the engine does by default, each cycle
 * acquires only as many as the queue took (43 and 44 acquisitions for the 40 jobs when the plugin
 * was left out). Each acquisition's jobs are recorded as the engine returns them, so idle polls and
 * the machine's speed play no part.
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
  @Autowired AcquisitionLog acquisitionLog;

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
    Set<String> jobs = managementService.createJobQuery().processDefinitionKey(PROCESS).list()
        .stream().map(Job::getId).collect(Collectors.toSet());

    managementService.activateJobDefinitionByProcessDefinitionKey(PROCESS, true);
    awaitAllFinished(Duration.ofSeconds(60));

    List<Long> acquired = acquisitionLog.acquisitions().stream()
        .map(ids -> ids.stream().filter(jobs::contains).count())
        .filter(count -> count > 0).toList();
    assertThat(acquired)
        .as("jobs per acquisition for %d jobs, %d per acquisition", JOBS, JOBS_PER_ACQUISITION)
        .hasSize(JOBS / JOBS_PER_ACQUISITION)
        .containsOnly((long) JOBS_PER_ACQUISITION);
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
    assertThat(managementService.createJobQuery().processDefinitionKey(PROCESS).count()).isZero();
  }

  private void awaitAllFinished(Duration timeout) {
    await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
        .untilAsserted(() -> assertThat(finishedInstances())
            .as("instances finished after " + timeout).isEqualTo(JOBS));
  }

  private long finishedInstances() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
        .finished().count();
  }

  /** Records the jobs of each acquisition once it has committed. */
  @TestConfiguration
  static class AcquisitionLog extends AbstractProcessEnginePlugin {

    private final Queue<List<String>> acquisitions = new ConcurrentLinkedQueue<>();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      List<CommandInterceptor> interceptors = new ArrayList<>();
      if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
        interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
      }
      interceptors.add(new CommandInterceptor() {
        @Override
        public <T> T execute(Command<T> command) {
          T result = next.execute(command);
          if (command instanceof AcquireJobsCmd && result instanceof AcquiredJobs jobs) {
            acquisitions.add(jobs.getJobIdBatches().stream().flatMap(List::stream).toList());
          }
          return result;
        }
      });
      configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    List<List<String>> acquisitions() {
      return List.copyOf(acquisitions);
    }
  }

  /** A job that takes a while, so that the acquisition outpaces the one job thread. */
  public static class SlowStep implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) throws InterruptedException {
      Thread.sleep(20);
    }
  }
}
