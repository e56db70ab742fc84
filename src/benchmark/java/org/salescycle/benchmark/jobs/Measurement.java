package org.salescycle.benchmark.jobs;

import java.util.Locale;
import org.salescycle.benchmark.measure.Figures;
import org.salescycle.benchmark.measure.Series;

/** A row of the job executor table, and the target for it. */
enum Measurement {

  CREDIT_CHECKS_NO_OP("credit checks, no-op bureau") {
    @Override
    String figure(Series series) {
      return rateWithRange(series);
    }

    @Override
    String target(Series tuned, JobVolumes volumes) {
      return verdict("≥ 500/s", tuned.rate() >= 500);
    }
  },

  CREDIT_CHECKS_POLICY("credit checks, policy bureau (DMN credit-policy)") {
    @Override
    String figure(Series series) {
      return rateWithRange(series);
    }
  },

  DUE_TIMERS_DRAINED("due nurture timers: time until all have run, job executor started when due") {
    @Override
    String figure(Series series) {
      return Figures.seconds(series.seconds());
    }

    @Override
    String target(Series tuned, JobVolumes volumes) {
      return volumes.timers() == 10_000 ? verdict("< 30 s", tuned.seconds() < 30) : "";
    }

    @Override
    double ratio(Series baseline, Series measured) {
      return measured.seconds() / baseline.seconds();
    }
  },

  DUE_TIMERS_RATE("due nurture timers: jobs/s") {
    @Override
    String figure(Series series) {
      return rateWithRange(series);
    }

    @Override
    String target(Series tuned, JobVolumes volumes) {
      return verdict("≥ 333/s (10,000 in 30 s)", tuned.rate() >= 10_000 / 30.0);
    }
  };

  private final String label;

  Measurement(String label) {
    this.label = label;
  }

  String label(JobVolumes volumes) {
    int jobs = this == DUE_TIMERS_DRAINED || this == DUE_TIMERS_RATE
        ? volumes.timers() : volumes.creditChecks();
    return String.format(Locale.ROOT, "%,d %s", jobs, label);
  }

  abstract String figure(Series series);

  boolean isRate() {
    return this != DUE_TIMERS_DRAINED;
  }

  String target(Series tuned, JobVolumes volumes) {
    return "";
  }

  /** Measured over baseline: above 1 is better for rates, below 1 for times. */
  double ratio(Series baseline, Series measured) {
    return measured.rate() / baseline.rate();
  }

  private static String rateWithRange(Series series) {
    return "%s (%s to %s)".formatted(Figures.rate(series.rate()),
        Figures.rate(series.lowestRate()).replace("/s", ""), Figures.rate(series.highestRate()));
  }

  private static String verdict(String target, boolean met) {
    return target + ": " + (met ? "**met**" : "**missed**");
  }
}
