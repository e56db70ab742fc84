package org.salescycle.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.salescycle.process.Leads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not a test: a benchmark, run with {@code mvn -Pbenchmark test}. Fills the task table of the
 * embedded H2 file database with open tasks (100,000 by default, {@code -Dbenchmark.openTasks}),
 * then completes "Qualify lead" of real sales-cycle leads through the Java API, with and without
 * the index on ACT_RU_TASK(PARENT_TASK_ID_) that this application adds, and prints tasks per
 * second (median of 5 rounds).
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:file:./target/benchmark/tasks-${random.uuid}",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("test")
class TaskCompletionBenchmark {

  static final int OPEN_TASKS = Integer.getInteger("benchmark.openTasks", 100_000);
  static final int ROUNDS = 5;
  static final int TASKS_PER_ROUND = Integer.getInteger("benchmark.tasksPerRound", 300);

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;

  @Test
  void completingATaskBesideOneHundredThousandOpenOnes() {
    fillTaskTable();
    double withIndex = tasksPerSecond("with the index");
    jdbc.execute("drop index SC_IDX_TASK_PARENT");
    double without = tasksPerSecond("without the index");
    System.out.printf("%n| completing Qualify lead, %,d other open tasks (H2 file) | tasks/s "
        + "(median of %d rounds of %d) |%n|---|---|%n| without index on PARENT_TASK_ID_ | %.0f |%n"
        + "| with the index (shipped) | %.0f |%n| ratio | %.1f× |%n", OPEN_TASKS, ROUNDS,
        TASKS_PER_ROUND, without, withIndex, withIndex / without);
    System.out.printf("Machine: %d cores, Java %s, max heap %d MB%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  /** Open tasks of a one-task process stand in for the prospects waiting in Tasklist. */
  private void fillTaskTable() {
    repository.createDeployment().addModelInstance("waiting.bpmn",
        Bpmn.createExecutableProcess("benchmark-waiting").camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Wait").endEvent().done()).deploy();
    long start = System.nanoTime();
    for (int i = 1; i <= OPEN_TASKS; i++) {
      runtime.startProcessInstanceByKey("benchmark-waiting");
      if (i % 10_000 == 0) {
        System.out.printf("Open tasks: %,d of %,d (%.0f s)%n", i, OPEN_TASKS,
            (System.nanoTime() - start) / 1e9);
      }
    }
  }

  private double tasksPerSecond(String label) {
    double[] rates = new double[ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      List<Task> qualify = new ArrayList<>();
      for (int i = 0; i < TASKS_PER_ROUND; i++) {
        String id = runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead())
            .getId();
        qualify.add(tasks.createTaskQuery().processInstanceId(id).singleResult());
      }
      long begin = System.nanoTime();
      for (Task task : qualify) {
        tasks.complete(task.getId(), Map.of("qualificationDecision", "QUALIFY"));
      }
      rates[round] = TASKS_PER_ROUND / ((System.nanoTime() - begin) / 1e9);
      System.out.printf("%s, round %d: %.0f tasks/s%n", label, round + 1, rates[round]);
    }
    Arrays.sort(rates);
    return rates[ROUNDS / 2];
  }
}
