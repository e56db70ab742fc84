package org.salescycle.benchmark.jobs;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Due dates of seeded jobs, by activity and the business keys of their leads, set with one UPDATE
 * (through the engine, 10,000 due dates would take longer than running the jobs). Seeded jobs
 * are parked in the far future, so that the seeded database holds every measurement's jobs and
 * none runs before its measurement releases it.
 */
final class JobDueDates {

  private static final Timestamp PARKED = Timestamp.from(Instant.parse("2999-01-01T00:00:00Z"));

  private final JdbcTemplate jdbc;

  JobDueDates(JobEngine application) {
    this.jdbc = application.jdbc();
  }

  void park(String activity, String prefix, int count) {
    set(activity, prefix, PARKED, count);
  }

  /** An asynchronous continuation is due at once: no due date, as the engine creates it. */
  void releaseContinuations(String activity, String prefix, int count) {
    set(activity, prefix, null, count);
  }

  void makeTimersDue(String activity, String prefix, int count) {
    set(activity, prefix, Timestamp.from(Instant.now().minusSeconds(1)), count);
  }

  private void set(String activity, String prefix, Timestamp due, int expected) {
    int jobs = jdbc.update("""
        update ACT_RU_JOB set DUEDATE_ = ?
        where JOB_DEF_ID_ in (select ID_ from ACT_RU_JOBDEF where ACT_ID_ = ?)
          and PROCESS_INSTANCE_ID_ in (select ID_ from ACT_RU_EXECUTION
                                       where PARENT_ID_ is null and BUSINESS_KEY_ like ?)""",
        due, activity, prefix + "-%");
    if (jobs != expected) {
      throw new IllegalStateException("Expected %,d jobs of %s at %s, found %,d"
          .formatted(expected, prefix, activity, jobs));
    }
  }
}
