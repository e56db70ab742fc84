package org.salescycle.benchmark.jobs;

import java.nio.file.Path;
import org.salescycle.benchmark.database.BenchmarkDatabase;
import org.salescycle.benchmark.database.JdbcTarget;
import org.salescycle.benchmark.measure.Figures;
import org.salescycle.benchmark.measure.Progress;
import org.salescycle.benchmark.measure.Run;

/**
 * The database every repetition starts from, a copy each time: the leads of every measurement
 * seeded once, with their jobs parked. Seeding 14,000 instances takes minutes; copying the
 * database takes seconds, and every repetition of every setting starts from the same state.
 * The application that seeds also runs some jobs first, so that this JVM's JIT compiler has
 * warmed up the job paths before the first measurement.
 */
public final class SeededDatabase {

  static final String NO_OP_CHECKS = "noop";
  static final String POLICY_CHECKS = "policy";
  static final String TIMERS = "timers";

  private SeededDatabase() {}

  /** The seeded database of one subject: the bare engine's holds no policy-bureau checks. */
  public static JdbcTarget seed(BenchmarkDatabase database, JobVolumes volumes, JobSubject subject,
      Path log) {
    JdbcTarget seeded = database.create("jobs_seed_" + subject.key());
    try (JobEngine application =
        subject.start(seeded, JobExecutorSettings.tuned().spelledOut(), log)) {
      CreditChecks creditChecks = new CreditChecks(application);
      DueNurtureTimers timers = new DueNurtureTimers(application);
      boolean policy = application.offers(CreditChecks.Bureau.POLICY);
      if (volumes.warmup() > 0) {
        creditChecks.seed("warmup-credit", volumes.warmup());
        Run credit = creditChecks.run("warmup-credit", volumes.warmup(),
            policy ? CreditChecks.Bureau.POLICY : CreditChecks.Bureau.NO_OP).run();
        timers.seed("warmup-timers", volumes.warmup());
        Run due = timers.run("warmup-timers", volumes.warmup()).run();
        Progress.say("%s, %s: warmed up: %,d credit checks at %s, %,d timers at %s",
            database.name(), subject.key(),
            volumes.warmup(), Figures.rate(credit.perSecond()), volumes.warmup(),
            Figures.rate(due.perSecond()));
      }
      if (volumes.creditChecks() > 0) {
        creditChecks.seed(NO_OP_CHECKS, volumes.creditChecks());
        if (policy) {
          creditChecks.seed(POLICY_CHECKS, volumes.creditChecks());
        }
      }
      if (volumes.timers() > 0) {
        timers.seed(TIMERS, volumes.timers());
      }
      updateStatistics(application);
    } catch (RuntimeException e) {
      database.drop(seeded);
      throw e;
    }
    return seeded;
  }

  /**
   * The planner's statistics, as a database in use has them: PostgreSQL's autovacuum would have
   * gathered them after so many inserts, but the development server runs without it, and the
   * plans differ (the job acquisition query's most of all). H2 gathers its own as it goes.
   */
  private static void updateStatistics(JobEngine application) {
    if (application.onPostgres()) {
      application.jdbc().execute("vacuum analyze");
    }
  }
}
