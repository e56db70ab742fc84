package org.salescycle.benchmark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.salescycle.benchmark.database.ContextDatabase;
import org.salescycle.identity.SalesGroups;
import org.salescycle.process.Leads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not a test: a benchmark, run with {@code mvn -Pbenchmark test}. Fills the task table of the
 * embedded H2 file database (or PostgreSQL, see {@link ContextDatabase}) with open tasks (100,000 by default, {@code -Dbenchmark.openTasks}),
 * all in the reps' queue, then times a rep's first page of "Sales reps queue" and its count,
 * the two queries of one Tasklist page (with her authorizations; {@code -Dbenchmark.queueRuns}
 * timed runs, 20 by default), and completes "Qualify lead" of real sales-cycle leads through the
 * Java API, with and without the index on ACT_RU_TASK(PARENT_TASK_ID_) that this application
 * adds; prints medians.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("test")
class TaskCompletionBenchmark {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    ContextDatabase.register(registry, "tasks");
  }

  static final int OPEN_TASKS = Integer.getInteger("benchmark.openTasks", 100_000);
  static final int ROUNDS = 5;
  static final int TASKS_PER_ROUND = Integer.getInteger("benchmark.tasksPerRound", 300);
  static final int QUEUE_RUNS = Integer.getInteger("benchmark.queueRuns", 20);
  static final int WARM_UP_RUNS = Math.max(1, QUEUE_RUNS / 4);

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identity;
  @Autowired ProcessEngine processEngine;

  @Test
  void completingATaskBesideOneHundredThousandOpenOnes() {
    fillTaskTable();
    ContextDatabase.seeded(jdbc);
    double[] queue = repsQueueMillis(true, this::firstPage);
    double[] queueUnchecked = repsQueueMillis(false, this::firstPage);
    double[] queueProcessTasksOnly = processTasksOnly(() -> repsQueueMillis(true, this::firstPage));
    double[] count = repsQueueMillis(true, TaskQuery::count);
    double[] countUnchecked = repsQueueMillis(false, TaskQuery::count);
    double withIndex = tasksPerSecond("with the index");
    jdbc.execute("drop index SC_IDX_TASK_PARENT");
    double without = tasksPerSecond("without the index");
    System.out.printf("%n| completing Qualify lead, %,d other open tasks (%s) | tasks/s "
        + "(median of %d rounds of %d) |%n|---|---|%n| without index on PARENT_TASK_ID_ | %.0f |%n"
        + "| with the index (shipped) | %.0f |%n| ratio | %.1f× |%n", OPEN_TASKS,
        ContextDatabase.name(), ROUNDS,
        TASKS_PER_ROUND, without, withIndex, withIndex / without);
    System.out.printf("%n| a rep's first page of Sales reps queue, %,d tasks in it | p50 ms | "
        + "p95 ms |%n|---|---|---|%n| as rita (authorizations checked) | %.1f | %.1f |%n"
        + "| without an authenticated user (no checks) | %.1f | %.1f |%n"
        + "| as rita, CMMN and standalone tasks disabled | %.1f | %.1f |%n"
        + "| the queue's count as rita (Tasklist asks for it with every page) | %.1f | %.1f |%n"
        + "| the queue's count without an authenticated user | %.1f | %.1f |%n", OPEN_TASKS,
        median(queue), p95(queue), median(queueUnchecked), p95(queueUnchecked),
        median(queueProcessTasksOnly), p95(queueProcessTasksOnly), median(count), p95(count),
        median(countUnchecked), p95(countUnchecked));
    System.out.printf("Machine: %d cores, Java %s, max heap %d MB, load average %.2f at the end; "
        + "%d timed queries per row (%d before them not timed)%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), QUEUE_RUNS,
        WARM_UP_RUNS);
  }

  private static double median(double[] sorted) {
    return sorted[sorted.length / 2];
  }

  private static double p95(double[] sorted) {
    return sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
  }

  /**
   * Camunda's documented tuning of the task query: with CMMN and standalone tasks disabled,
   * every task belongs to a process and the query joins the process definitions with an inner
   * join. The engine reads both switches when it builds a query, so they are flipped only
   * around this measurement.
   */
  private double[] processTasksOnly(java.util.function.Supplier<double[]> measurement) {
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    boolean cmmn = configuration.isCmmnEnabled();
    boolean standalone = configuration.isStandaloneTasksEnabled();
    configuration.setCmmnEnabled(false);
    configuration.setStandaloneTasksEnabled(false);
    try {
      return measurement.get();
    } finally {
      configuration.setCmmnEnabled(cmmn);
      configuration.setStandaloneTasksEnabled(standalone);
    }
  }

  /**
   * Open tasks of a one-task process stand in for the prospects waiting in Tasklist. Each is due
   * as the model's tasks are (a time of day to the millisecond), so the filter's order by
   * priority and due date sorts them as it sorts real ones, not as one block of equal keys.
   */
  private void fillTaskTable() {
    repository.createDeployment().addModelInstance("waiting.bpmn",
        Bpmn.createExecutableProcess("benchmark-waiting").camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Wait").camundaCandidateGroups(SalesGroups.REPS)
            .camundaDueDate("${dueDates.of('qualify-lead')}")
            .endEvent().done()).deploy();
    long start = System.nanoTime();
    for (int i = 1; i <= OPEN_TASKS; i++) {
      runtime.startProcessInstanceByKey("benchmark-waiting");
      if (i % 10_000 == 0) {
        System.out.printf("Open tasks: %,d of %,d (%.0f s)%n", i, OPEN_TASKS,
            (System.nanoTime() - start) / 1e9);
      }
    }
  }

  private Object firstPage(TaskQuery query) {
    return query.listPage(0, 15);
  }

  /**
   * The query of the shared filter "Sales reps queue" (its first page, or its count), as rita
   * with her rights or without an authenticated user. One task changes before each run, as in a
   * working system: H2 answers a repeated query on unchanged tables from its result cache.
   */
  private double[] repsQueueMillis(boolean asRita, Function<TaskQuery, Object> ask) {
    String changing = tasks.createTaskQuery().listPage(0, 1).get(0).getId();
    if (asRita) {
      identity.setAuthentication("rita", List.of(SalesGroups.REPS));
    }
    try {
      double[] millis = new double[QUEUE_RUNS];
      for (int run = -WARM_UP_RUNS; run < millis.length; run++) {
        jdbc.update("update ACT_RU_TASK set DESCRIPTION_ = ? where ID_ = ?", "run " + run,
            changing);
        long begin = System.nanoTime();
        ask.apply(tasks.createTaskQuery().taskCandidateGroup(SalesGroups.REPS)
            .includeAssignedTasks().orderByTaskPriority().desc().orderByDueDate().asc());
        if (run >= 0) {
          millis[run] = (System.nanoTime() - begin) / 1e6;
        }
      }
      Arrays.sort(millis);
      return millis;
    } finally {
      identity.clearAuthentication();
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
      // The seeded processes have no variables, so the statistics say ACT_RU_VARIABLE is empty,
      // and without autovacuum nothing updates them: PostgreSQL then reads the whole table to
      // find a task's variables (about 4 ms a task at 20,000 open ones).
      ContextDatabase.seeded(jdbc);
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
