package org.salescycle.benchmark.jobs;

import org.salescycle.benchmark.measure.Figures;
import org.salescycle.benchmark.measure.Progress;
import org.salescycle.benchmark.measure.Run;

/** One repetition of one contender: each measurement once, in one engine. */
public final class Repetition {

  private final String where;
  private final Contender contender;
  private final JobVolumes volumes;

  public Repetition(String database, Contender contender, int repetition, JobVolumes volumes) {
    this.where = "%s, %s, %d/%d".formatted(database, contender.label(), repetition,
        volumes.repetitions());
    this.contender = contender;
    this.volumes = volumes;
  }

  public void measure(JobEngine application, JobResults results) {
    EffectiveSettings actual = application.effectiveSettings();
    results.ranWith(contender, actual);
    Progress.say("%s: %s", where, actual.describe());
    CreditChecks creditChecks = new CreditChecks(application);
    if (volumes.creditChecks() > 0) {
      record(results, Measurement.CREDIT_CHECKS_NO_OP, "credit checks, no-op bureau",
          creditChecks.run(SeededDatabase.NO_OP_CHECKS, volumes.creditChecks(),
              CreditChecks.Bureau.NO_OP));
    }
    if (volumes.creditChecks() > 0 && application.offers(CreditChecks.Bureau.POLICY)) {
      record(results, Measurement.CREDIT_CHECKS_POLICY, "credit checks, policy bureau",
          creditChecks.run(SeededDatabase.POLICY_CHECKS, volumes.creditChecks(),
              CreditChecks.Bureau.POLICY));
    }
    if (volumes.timers() > 0) {
      JobDrain.Drained drained =
          new DueNurtureTimers(application).run(SeededDatabase.TIMERS, volumes.timers());
      record(results, Measurement.DUE_TIMERS_DRAINED, "due nurture timers", drained);
      results.add(Measurement.DUE_TIMERS_RATE, contender, drained);
    }
  }

  private void record(JobResults results, Measurement measurement, String what,
      JobDrain.Drained drained) {
    results.add(measurement, contender, drained);
    Run run = drained.run();
    Progress.say("%s: %s: %,d jobs in %s = %s; CPU per job: application %.1f ms, database %.1f ms",
        where, what, run.count(), Figures.seconds(run.nanos() / 1e9),
        Figures.rate(run.perSecond()), drained.applicationMillisPerJob(),
        drained.databaseMillisPerJob());
  }
}
