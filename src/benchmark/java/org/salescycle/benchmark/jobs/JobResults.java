package org.salescycle.benchmark.jobs;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.salescycle.benchmark.measure.Figures;
import org.salescycle.benchmark.measure.Series;

/**
 * One database's repetitions, by measurement and contender, and their markdown table: this
 * application with the starter's defaults and tuned, and the bare engine with the tuned settings.
 */
public final class JobResults {

  private final Contender defaults;
  private final Contender tuned;
  private final Contender bare;
  private final Map<Measurement, Map<String, List<JobDrain.Drained>>> drains =
      new EnumMap<>(Measurement.class);
  private final Map<String, EffectiveSettings> effective = new LinkedHashMap<>();

  public JobResults(Contender defaults, Contender tuned, Contender bare) {
    this.defaults = defaults;
    this.tuned = tuned;
    this.bare = bare;
  }

  void ranWith(Contender contender, EffectiveSettings actual) {
    EffectiveSettings earlier = effective.putIfAbsent(contender.key(), actual);
    if (earlier != null && !earlier.equals(actual)) {
      throw new IllegalStateException("%s ran with %s, earlier with %s"
          .formatted(contender.label(), actual.describe(), earlier.describe()));
    }
  }

  void add(Measurement measurement, Contender contender, JobDrain.Drained drained) {
    drains.computeIfAbsent(measurement, any -> new LinkedHashMap<>())
        .computeIfAbsent(contender.key(), any -> new ArrayList<>()).add(drained);
  }

  public String markdown(String title, String machine, JobVolumes volumes) {
    List<Contender> columns = List.of(defaults, tuned, bare);
    StringBuilder table = new StringBuilder()
        .append("\n### ").append(title).append("\n\n")
        .append(machine).append("\n\n")
        .append("Medians of ").append(volumes.repetitions()).append(" repetitions (lowest to ")
        .append("highest rate in brackets): ").append(volumes.describe())
        .append(", taking turns. The settings as the running engines had them:\n\n");
    for (Contender contender : columns) {
      EffectiveSettings actual = effective.get(contender.key());
      table.append("- ").append(contender.label()).append(": ")
          .append(actual == null ? "not run" : actual.describe()).append('\n');
    }
    table.append("\n| measurement | ").append(defaults.label()).append(" | ")
        .append(tuned.label()).append(" | ").append(bare.label())
        .append(" | tuned / defaults | tuned / bare engine | target, tuned |\n")
        .append("|---|---|---|---|---|---|---|\n");
    drains.forEach((measurement, byContender) -> {
      Series[] series = columns.stream().map(contender -> series(byContender, contender))
          .toArray(Series[]::new);
      table.append("| ").append(measurement.label(volumes));
      for (Series each : series) {
        table.append(" | ").append(each == null ? "" : measurement.figure(each));
      }
      table.append(" | ").append(ratio(measurement, series[0], series[1]))
          .append(" | ").append(ratio(measurement, series[2], series[1]))
          .append(" | ").append(series[1] == null ? "" : measurement.target(series[1], volumes))
          .append(" |\n");
      if (measurement.isRate()) {
        table.append(cpuPerJob(byContender, columns));
      }
    });
    if (drains.containsKey(Measurement.DUE_TIMERS_DRAINED)) {
      table.append(worstCaseFromFallingDue(volumes, columns));
    }
    return table.toString();
  }

  private static Series series(Map<String, List<JobDrain.Drained>> byContender,
      Contender contender) {
    List<JobDrain.Drained> runs = byContender.get(contender.key());
    if (runs == null) {
      return null;
    }
    Series series = new Series(contender.label());
    runs.forEach(drained -> series.add(drained.run()));
    return series;
  }

  private static String ratio(Measurement measurement, Series before, Series after) {
    return before == null || after == null ? ""
        : String.format(Locale.ROOT, "%.2f", measurement.ratio(before, after));
  }

  /** Medians of the application's and the database's CPU per job: what a job costs. */
  private static String cpuPerJob(Map<String, List<JobDrain.Drained>> byContender,
      List<Contender> columns) {
    double[] totals = new double[columns.size()];
    StringBuilder row = new StringBuilder("| … CPU per job: engine's JVM + database server");
    for (int i = 0; i < columns.size(); i++) {
      List<JobDrain.Drained> runs = byContender.getOrDefault(columns.get(i).key(), List.of());
      double application = Figures.median(
          runs.stream().mapToDouble(JobDrain.Drained::applicationMillisPerJob).toArray());
      double database = Figures.median(
          runs.stream().mapToDouble(JobDrain.Drained::databaseMillisPerJob).toArray());
      totals[i] = runs.isEmpty() ? Double.NaN : application + database;
      row.append(" | ").append(runs.isEmpty() ? ""
          : String.format(Locale.ROOT, "%.1f + %.1f ms", application, database));
    }
    return row.append(" | ").append(costRatio(totals[1], totals[0]))
        .append(" | ").append(costRatio(totals[1], totals[2])).append(" |  |\n").toString();
  }

  private static String costRatio(double cost, double other) {
    return Double.isNaN(cost) || Double.isNaN(other) ? ""
        : String.format(Locale.ROOT, "%.2f", cost / other);
  }

  /**
   * An idle job executor looks for due jobs less and less often, up to every max-wait; timers
   * that fall due meanwhile wait for that look before the first of them runs. The benchmark
   * starts the job executor when the timers are due, so the drain leaves this wait out.
   */
  private String worstCaseFromFallingDue(JobVolumes volumes, List<Contender> columns) {
    Map<String, List<JobDrain.Drained>> drained = drains.get(Measurement.DUE_TIMERS_DRAINED);
    double[] seconds = new double[columns.size()];
    StringBuilder row = new StringBuilder("| %,d due nurture timers, from falling due on an idle "
        .formatted(volumes.timers())
        + "node, at worst: idle wait (max-wait) + time until all have run");
    for (int i = 0; i < columns.size(); i++) {
      Series run = series(drained, columns.get(i));
      EffectiveSettings actual = effective.get(columns.get(i).key());
      if (run == null || actual == null) {
        seconds[i] = Double.NaN;
        row.append(" | ");
        continue;
      }
      seconds[i] = actual.maxWait() / 1000.0 + run.seconds();
      row.append(" | ").append("%s (%s + %s)".formatted(Figures.seconds(seconds[i]),
          Figures.seconds(actual.maxWait() / 1000.0), Figures.seconds(run.seconds())));
    }
    return row.append(" | ").append(costRatio(seconds[1], seconds[0]))
        .append(" | ").append(costRatio(seconds[1], seconds[2]))
        .append(" | ").append(volumes.timers() == 10_000 && !Double.isNaN(seconds[1])
            ? "< 30 s: " + (seconds[1] < 30 ? "**met**" : "**missed**") : "")
        .append(" |\n").toString();
  }
}
