package org.salescycle.benchmark.jobs;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.runtime.Job;
import org.salescycle.benchmark.measure.Run;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starts the job executor and times it until the seeded jobs of an activity are gone. It watches
 * the engine's own counts of successful and failed jobs (in memory, bumped once a job's
 * transaction has ended) and asks the database only about once a second and when the count says
 * all are done, with a count by job definition: a job query every 50 ms (it joins executions and
 * job definitions for each job) cost PostgreSQL more CPU than the jobs themselves. A job that
 * fails ends the benchmark with its stack trace: a failed job stays in the table with a retry
 * minutes later, so the figure would be meaningless anyway.
 */
final class JobDrain {

  /** The run, and the CPU it took. */
  record Drained(Run run, CpuTime.Used cpu) {

    double applicationMillisPerJob() {
      return cpu.applicationMillis() / run.count();
    }

    double databaseMillisPerJob() {
      return cpu.databaseMillis() / run.count();
    }
  }

  private static final long WATCH_MILLIS = 20;
  private static final long ASK_DATABASE_NANOS = Duration.ofSeconds(1).toNanos();
  /** Not a speed limit: only a benchmark that has stopped making progress at all ends here. */
  private static final Duration STUCK = Duration.ofMinutes(10);

  private final JobExecutor jobExecutor;
  private final ManagementService management;
  private final JdbcTemplate jdbc;
  private final Meter successfulJobs;
  private final Meter failedJobs;
  private final CpuTime cpuTime;

  JobDrain(JobEngine application) {
    this.jobExecutor = application.jobExecutor();
    this.management = application.engine().getManagementService();
    this.jdbc = application.jdbc();
    var configuration = (ProcessEngineConfigurationImpl) application.engine()
        .getProcessEngineConfiguration();
    var metrics = configuration.isMetricsEnabled() ? configuration.getMetricsRegistry() : null;
    this.successfulJobs = metrics == null ? null : metrics.getDbMeterByName(Metrics.JOB_SUCCESSFUL);
    this.failedJobs = metrics == null ? null : metrics.getDbMeterByName(Metrics.JOB_FAILED);
    this.cpuTime = new CpuTime(application);
  }

  /**
   * Runs the due jobs of the activity, {@code expected} of them, and stops the job executor. A
   * job that failed is due again only after its retry interval, so it no longer counts as left:
   * every drain therefore ends with a look for failed jobs.
   */
  Drained drain(String activity, int expected) {
    List<String> definitions = management.createJobDefinitionQuery().activityIdIn(activity)
        .list().stream().map(JobDefinition::getId).toList();
    long seeded = dueJobs(definitions);
    if (seeded != expected) {
      throw new IllegalStateException(
          "Expected %,d jobs of %s to run, found %,d".formatted(expected, activity, seeded));
    }
    Count succeeded = new Count(successfulJobs);
    Count failed = new Count(failedJobs);
    CpuTime.Reading cpuBefore = cpuTime.read();
    long start = System.nanoTime();
    jobExecutor.start();
    try {
      long left = seeded;
      long lastAsked = start;
      long lastProgress = start;
      while (left > 0) {
        sleep();
        if (failed.sinceStart() > 0) {
          failIfAnyFailed(activity);
        }
        long now = System.nanoTime();
        if (succeeded.sinceStart() >= expected || now - lastAsked >= ASK_DATABASE_NANOS) {
          lastAsked = now;
          long remaining = dueJobs(definitions);
          if (remaining < left) {
            left = remaining;
            lastProgress = now;
          } else if (now - lastProgress > STUCK.toNanos()) {
            failIfAnyFailed(activity);
            throw new IllegalStateException("No job ran for %d minutes; %,d of %,d left"
                .formatted(STUCK.toMinutes(), left, expected));
          }
        }
      }
      Run run = new Run(expected, System.nanoTime() - start, new long[0]);
      CpuTime.Used cpu = cpuTime.since(cpuBefore);
      failIfAnyFailed(activity);
      return new Drained(run, cpu);
    } finally {
      jobExecutor.shutdown();
    }
  }

  /** Due jobs with retries left, as the job executor would pick them, through an index. */
  private long dueJobs(List<String> definitions) {
    String in = String.join(", ", Collections.nCopies(definitions.size(), "?"));
    Object[] parameters = new Object[definitions.size() + 1];
    definitions.toArray(parameters);
    parameters[definitions.size()] = Timestamp.from(Instant.now());
    return jdbc.queryForObject("""
        select count(*) from ACT_RU_JOB where JOB_DEF_ID_ in (%s) and RETRIES_ > 0
          and (DUEDATE_ is null or DUEDATE_ <= ?)""".formatted(in), Long.class, parameters);
  }

  /**
   * Jobs an engine meter has counted since the drain began. The metrics reporter clears the
   * meters every 15 minutes; after that the database has the last word.
   */
  private static final class Count {

    private final Meter meter;
    private final long atStart;

    Count(Meter meter) {
      this.meter = meter;
      this.atStart = meter == null ? 0 : meter.get();
    }

    long sinceStart() {
      long count = meter == null ? 0 : meter.get();
      return count >= atStart ? count - atStart : 0;
    }
  }

  private void failIfAnyFailed(String activity) {
    long failed = management.createJobQuery().activityId(activity).withException().count();
    if (failed > 0) {
      Job first = management.createJobQuery().activityId(activity).withException()
          .listPage(0, 1).get(0);
      throw new IllegalStateException("%,d jobs failed; the first, %s of process instance %s: %s%n%s"
          .formatted(failed, first.getId(), first.getProcessInstanceId(),
              first.getExceptionMessage(), management.getJobExceptionStacktrace(first.getId())));
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(WATCH_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
