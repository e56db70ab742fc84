package org.salescycle.benchmark.jobs;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.salescycle.benchmark.measure.Figures;
import org.salescycle.benchmark.measure.Series;

/** One database's repetitions, by measurement and setting, and their markdown table. */
public final class JobResults {

  private final JobExecutorSettings defaults;
  private final JobExecutorSettings tuned;
  private final Map<Measurement, Map<String, Series>> series = new EnumMap<>(Measurement.class);
  private final Map<String, EffectiveSettings> effective = new LinkedHashMap<>();
  private final Map<Measurement, Map<String, List<JobDrain.Drained>>> drains =
      new EnumMap<>(Measurement.class);

  public JobResults(JobExecutorSettings defaults, JobExecutorSettings tuned) {
    this.defaults = defaults;
    this.tuned = tuned;
  }

  void ranWith(JobExecutorSettings settings, EffectiveSettings actual) {
    EffectiveSettings earlier = effective.putIfAbsent(settings.key(), actual);
    if (earlier != null && !earlier.equals(actual)) {
      throw new IllegalStateException("%s ran with %s, earlier with %s"
          .formatted(settings.label(), actual.describe(), earlier.describe()));
    }
  }

  void add(Measurement measurement, JobExecutorSettings settings, JobDrain.Drained drained) {
    series.computeIfAbsent(measurement, any -> new LinkedHashMap<>())
        .computeIfAbsent(settings.key(), any -> new Series(settings.label())).add(drained.run());
    drains.computeIfAbsent(measurement, any -> new LinkedHashMap<>())
        .computeIfAbsent(settings.key(), any -> new ArrayList<>()).add(drained);
  }

  public String markdown(String title, String machine, JobVolumes volumes) {
    StringBuilder table = new StringBuilder()
        .append("\n### ").append(title).append("\n\n")
        .append(machine).append("\n\n")
        .append("Medians of ").append(volumes.repetitions()).append(" repetitions (lowest to ")
        .append("highest rate in brackets): ").append(volumes.describe())
        .append(", the two settings taking turns. The settings as the running application had them:\n\n");
    for (JobExecutorSettings settings : List.of(defaults, tuned)) {
      EffectiveSettings actual = effective.get(settings.key());
      table.append("- ").append(settings.label()).append(": ")
          .append(actual == null ? "not run" : actual.describe()).append('\n');
    }
    table.append("\n| measurement | ").append(defaults.label()).append(" | ")
        .append(tuned.label()).append(" | tuned / defaults | issue 7's target, tuned |\n")
        .append("|---|---|---|---|---|\n");
    series.forEach((measurement, bySettings) -> {
      Series before = bySettings.get(defaults.key());
      Series after = bySettings.get(tuned.key());
      table.append("| ").append(measurement.label(volumes))
          .append(" | ").append(before == null ? "" : measurement.figure(before))
          .append(" | ").append(after == null ? "" : measurement.figure(after))
          .append(" | ").append(before == null || after == null ? ""
              : String.format(Locale.ROOT, "%.2f", measurement.ratio(before, after)))
          .append(" | ").append(after == null ? "" : measurement.target(after, volumes))
          .append(" |\n");
      if (measurement.isRate()) {
        table.append(cpuPerJob(measurement));
      }
    });
    if (series.containsKey(Measurement.DUE_TIMERS_DRAINED)) {
      table.append(worstCaseFromFallingDue(volumes));
    }
    return table.toString();
  }

  /** Medians of the application's and the database's CPU per job: what a job costs. */
  private String cpuPerJob(Measurement measurement) {
    Map<String, List<JobDrain.Drained>> bySettings = drains.get(measurement);
    double[] totals = new double[2];
    String[] figures = new String[2];
    List<JobExecutorSettings> both = List.of(defaults, tuned);
    for (int i = 0; i < 2; i++) {
      List<JobDrain.Drained> runs = bySettings.getOrDefault(both.get(i).key(), List.of());
      double application = Figures.median(
          runs.stream().mapToDouble(JobDrain.Drained::applicationMillisPerJob).toArray());
      double database = Figures.median(
          runs.stream().mapToDouble(JobDrain.Drained::databaseMillisPerJob).toArray());
      totals[i] = application + database;
      figures[i] = runs.isEmpty() ? ""
          : String.format(Locale.ROOT, "%.1f + %.1f ms", application, database);
    }
    return "| … CPU per job: application JVM + database server | %s | %s | %s |  |\n".formatted(
        figures[0], figures[1], figures[0].isEmpty() || figures[1].isEmpty() ? ""
            : String.format(Locale.ROOT, "%.2f", totals[1] / totals[0]));
  }

  /**
   * An idle job executor looks for due jobs less and less often, up to every max-wait; timers
   * that fall due meanwhile wait for that look before the first of them runs. The benchmark
   * starts the job executor when the timers are due, so the drain leaves this wait out.
   */
  private String worstCaseFromFallingDue(JobVolumes volumes) {
    Map<String, Series> drained = series.get(Measurement.DUE_TIMERS_DRAINED);
    String[] figures = new String[2];
    double[] seconds = new double[2];
    List<JobExecutorSettings> both = List.of(defaults, tuned);
    for (int i = 0; i < 2; i++) {
      Series run = drained.get(both.get(i).key());
      EffectiveSettings actual = effective.get(both.get(i).key());
      if (run == null || actual == null) {
        return "";
      }
      seconds[i] = actual.maxWait() / 1000.0 + run.seconds();
      figures[i] = "%s (%s + %s)".formatted(Figures.seconds(seconds[i]),
          Figures.seconds(actual.maxWait() / 1000.0), Figures.seconds(run.seconds()));
    }
    return "| %,d due nurture timers, from falling due on an idle node, at worst: idle wait "
        .formatted(volumes.timers())
        + "(max-wait) + time until all have run | %s | %s | %.2f | %s |\n".formatted(figures[0],
            figures[1], seconds[1] / seconds[0], volumes.timers() == 10_000
                ? "< 30 s: " + (seconds[1] < 30 ? "**met**" : "**missed**") : "");
  }
}
