package org.salescycle.benchmark.measure;

import java.util.Arrays;

/** One timed run: how many operations, how long all of them took, and each one's latency. */
public record Run(int count, long nanos, long[] latencyNanos) {

  public Run {
    latencyNanos = latencyNanos.clone();
    Arrays.sort(latencyNanos);
  }

  public double perSecond() {
    return count / (nanos / 1e9);
  }

  /** The latency below which this share of operations finished (nearest rank). */
  public double percentileMillis(double share) {
    if (latencyNanos.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(share * latencyNanos.length) - 1;
    return latencyNanos[Math.max(0, rank)] / 1e6;
  }

  public String summary() {
    return latencyNanos.length == 0 ? Figures.rate(perSecond())
        : "%s (p50 %s, p99 %s ms)".formatted(Figures.rate(perSecond()),
            Figures.millis(percentileMillis(0.5)), Figures.millis(percentileMillis(0.99)));
  }
}
