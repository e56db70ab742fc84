package org.salescycle.benchmark.measure;

/** One row of a result table: our figure, its baseline and the ratio ours / baseline. */
public record Row(String measurement, String ours, String baseline, String ratio,
    String oursLatency, String baselineLatency) {

  /** Operations per second, with p50 / p99 latency where the operations were single requests. */
  public static Row rates(String measurement, Series ours, Series baseline) {
    return new Row(measurement, Figures.rate(ours.rate()),
        baseline.name() + ": " + Figures.rate(baseline.rate()),
        Figures.ratio(ours.rate(), baseline.rate()), latency(ours), latency(baseline));
  }

  public static Row values(String measurement, String ours, String baseline, String ratio) {
    return new Row(measurement, ours, baseline, ratio, "", "");
  }

  String markdown() {
    return "| %s | %s | %s | %s | %s | %s |".formatted(measurement, ours, baseline, ratio,
        oursLatency, baselineLatency);
  }

  private static String latency(Series series) {
    return series.hasLatencies()
        ? Figures.millis(series.p50()) + " / " + Figures.millis(series.p99()) : "";
  }
}
