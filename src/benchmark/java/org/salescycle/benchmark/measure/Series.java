package org.salescycle.benchmark.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The repetitions of one measurement; every figure reported is a median over them. */
public final class Series {

  private final String name;
  private final List<Run> runs = new ArrayList<>();

  public Series(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  public Run add(Run run) {
    runs.add(run);
    return run;
  }

  public double rate() {
    return median(Run::perSecond);
  }

  /** How long a run took, in seconds (median). */
  public double seconds() {
    return median(run -> run.nanos() / 1e9);
  }

  public double lowestRate() {
    return runs.stream().mapToDouble(Run::perSecond).min().orElse(Double.NaN);
  }

  public double highestRate() {
    return runs.stream().mapToDouble(Run::perSecond).max().orElse(Double.NaN);
  }

  public double p50() {
    return median(run -> run.percentileMillis(0.5));
  }

  public double p99() {
    return median(run -> run.percentileMillis(0.99));
  }

  public boolean hasLatencies() {
    return !runs.isEmpty() && runs.get(0).latencyNanos().length > 0;
  }

  private double median(ToDoubleFunction<Run> figure) {
    return Figures.median(runs.stream().mapToDouble(figure).toArray());
  }
}
