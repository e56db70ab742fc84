package org.salescycle.benchmark;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.salescycle.benchmark.bare.JavaApiEngine;
import org.salescycle.benchmark.bare.SalesCycleShape;
import org.salescycle.benchmark.database.BenchmarkDatabase;
import org.salescycle.benchmark.database.ContextDatabase;
import org.salescycle.benchmark.database.JdbcTarget;
import org.salescycle.benchmark.measure.Progress;
import org.salescycle.benchmark.tasks.QualifyLeadTasks;
import org.salescycle.benchmark.tasks.WaitingTasks;
import org.salescycle.process.Leads;
import org.salescycle.shared.SalesGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not a test: a benchmark, run with {@code mvn -Pbenchmark test}. Fills the task table of the
 * embedded H2 file database (or PostgreSQL, see {@link ContextDatabase}) with open tasks
 * (100,000 by default, {@code -Dbenchmark.openTasks}), all in the reps' queue, then times a rep's
 * first page of "Sales reps queue" and its count, the two queries of one Tasklist page (with her
 * authorizations; {@code -Dbenchmark.queueRuns} timed runs, 20 by default). Then it completes
 * "Qualify lead" of real sales-cycle leads through the Java API, by 1 caller and by 8 at once
 * ({@code -Dbenchmark.callers}), taking turns with the bare engine in a database of its own with
 * as many open tasks and the same shape of process, and once more without the index on
 * ACT_RU_TASK(PARENT_TASK_ID_) that this application adds; prints medians and ratios.
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
  static final int CALLERS = Integer.getInteger("benchmark.callers", 8);
  static final int QUEUE_RUNS = Integer.getInteger("benchmark.queueRuns", 20);
  static final int WARM_UP_RUNS = Math.max(1, QUEUE_RUNS / 4);

  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identity;
  @Autowired ProcessEngine processEngine;

  @Test
  void completingATaskBesideOneHundredThousandOpenOnes() {
    WaitingTasks.fill(processEngine, OPEN_TASKS, SalesGroups.REPS,
        "${dueDates.of('qualify-lead')}", "ours");
    ContextDatabase.seeded(jdbc);
    double[] queue = repsQueueMillis(true, this::firstPage);
    double[] queueUnchecked = repsQueueMillis(false, this::firstPage);
    double[] queueProcessTasksOnly = processTasksOnly(() -> repsQueueMillis(true, this::firstPage));
    double[] count = repsQueueMillis(true, TaskQuery::count);
    double[] countUnchecked = repsQueueMillis(false, TaskQuery::count);
    QualifyLeadTasks ours =
        new QualifyLeadTasks("ours", processEngine, "sales-cycle", Leads::qualifiedLead);
    BenchmarkDatabase kind = ContextDatabase.kind();
    JdbcTarget bareDatabase = kind.create("tasks_bare");
    Map<String, Double> rates;
    try (JavaApiEngine bareEngine = JavaApiEngine.start(bareDatabase)) {
      bareEngine.addTaskParentIndex();
      WaitingTasks.fill(bareEngine.processEngine(), OPEN_TASKS, SalesCycleShape.REPS, null,
          "bare engine");
      QualifyLeadTasks bare = new QualifyLeadTasks("bare", bareEngine.processEngine(),
          SalesCycleShape.KEY, Leads::qualifiedLead);
      rates = tasksPerSecond(List.of(ours, bare), List.of(1, CALLERS));
    } finally {
      kind.drop(bareDatabase);
    }
    jdbc.execute("drop index SC_IDX_TASK_PARENT");
    double without = tasksPerSecond(List.of(ours), List.of(1)).get("ours/1");
    System.out.printf("%n| completing Qualify lead, %,d other open tasks (%s), tasks/s, median of"
        + " %d rounds of %d | 1 caller | %d callers |%n|---|---|---|%n"
        + "| ours, without the index on PARENT_TASK_ID_ | %.0f | |%n"
        + "| ours, with the index (shipped) | %.0f | %.0f |%n"
        + "| bare engine, the same shape and %,d open tasks, with the index | %.0f | %.0f |%n"
        + "| ratio ours / bare engine | %.2f | %.2f |%n", OPEN_TASKS, ContextDatabase.name(),
        ROUNDS, TASKS_PER_ROUND, CALLERS, without, rates.get("ours/1"),
        rates.get("ours/" + CALLERS), OPEN_TASKS, rates.get("bare/1"),
        rates.get("bare/" + CALLERS), rates.get("ours/1") / rates.get("bare/1"),
        rates.get("ours/" + CALLERS) / rates.get("bare/" + CALLERS));
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

  /**
   * Rounds in which each engine, with each number of callers in turn, completes "Qualify lead"
   * of as many new leads; the medians per engine and callers ("ours/8").
   */
  private Map<String, Double> tasksPerSecond(List<QualifyLeadTasks> engines,
      List<Integer> callerCounts) {
    Map<String, double[]> rounds = new LinkedHashMap<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (QualifyLeadTasks engine : engines) {
        for (int callers : callerCounts) {
          List<String> qualify = engine.open(TASKS_PER_ROUND);
          // The seeded processes have no variables, so the statistics say ACT_RU_VARIABLE is
          // empty, and without autovacuum nothing updates them: PostgreSQL then reads the whole
          // table to find a task's variables (about 4 ms a task at 20,000 open ones).
          ContextDatabase.seeded(jdbc);
          double rate = engine.completePerSecond(qualify, callers);
          String key = engine.name() + "/" + callers;
          rounds.computeIfAbsent(key, k -> new double[ROUNDS])[round] = rate;
          Progress.say("%s, %d caller(s), round %d: %.0f tasks/s", engine.name(), callers,
              round + 1, rate);
        }
      }
    }
    Map<String, Double> medians = new LinkedHashMap<>();
    rounds.forEach((key, rates) -> {
      Arrays.sort(rates);
      medians.put(key, rates[ROUNDS / 2]);
    });
    return medians;
  }
}
