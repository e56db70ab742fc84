package org.salescycle.benchmark.jobs;

import java.time.Duration;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.salescycle.benchmark.measure.Run;

/**
 * Starts the job executor and times it until the seeded jobs are gone, polling their number. A
 * job that fails ends the benchmark at once with its stack trace: a failed job stays in the table
 * with a retry minutes later, so the figure would be meaningless anyway.
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

  private static final long POLL_MILLIS = 50;
  private static final int POLLS_PER_FAILURE_CHECK = 10;
  /** Not a speed limit: only a benchmark that has stopped making progress at all ends here. */
  private static final Duration STUCK = Duration.ofMinutes(10);

  private final JobExecutor jobExecutor;
  private final ManagementService management;
  private final CpuTime cpuTime;

  JobDrain(BenchmarkApplication application) {
    this.jobExecutor = application.jobExecutor();
    this.management = application.engine().getManagementService();
    this.cpuTime = new CpuTime(application);
  }

  /**
   * Runs the due jobs among those {@code jobs} finds, {@code expected} of them, and stops the job
   * executor. A job that failed is due again only after its retry interval, so it no longer
   * counts as left: every drain therefore ends with a look for failed jobs.
   */
  Drained drain(Supplier<JobQuery> jobs, int expected) {
    long seeded = jobs.get().executable().count();
    if (seeded != expected) {
      throw new IllegalStateException(
          "Expected %,d jobs to run, found %,d".formatted(expected, seeded));
    }
    CpuTime.Reading cpuBefore = cpuTime.read();
    long start = System.nanoTime();
    jobExecutor.start();
    try {
      long left = seeded;
      long lastProgress = start;
      for (int poll = 1; left > 0; poll++) {
        sleep();
        long now = jobs.get().executable().count();
        if (now < left) {
          left = now;
          lastProgress = System.nanoTime();
        } else if (System.nanoTime() - lastProgress > STUCK.toNanos()) {
          failIfAnyFailed(jobs);
          throw new IllegalStateException("No job ran for %d minutes; %,d of %,d left"
              .formatted(STUCK.toMinutes(), left, expected));
        }
        if (poll % POLLS_PER_FAILURE_CHECK == 0) {
          failIfAnyFailed(jobs);
        }
      }
      Run run = new Run(expected, System.nanoTime() - start, new long[0]);
      CpuTime.Used cpu = cpuTime.since(cpuBefore);
      failIfAnyFailed(jobs);
      return new Drained(run, cpu);
    } finally {
      jobExecutor.shutdown();
    }
  }

  private void failIfAnyFailed(Supplier<JobQuery> jobs) {
    long failed = jobs.get().withException().count();
    if (failed > 0) {
      Job first = jobs.get().withException().listPage(0, 1).get(0);
      throw new IllegalStateException("%,d jobs failed; the first, %s of process instance %s: %s%n%s"
          .formatted(failed, first.getId(), first.getProcessInstanceId(),
              first.getExceptionMessage(), management.getJobExceptionStacktrace(first.getId())));
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
