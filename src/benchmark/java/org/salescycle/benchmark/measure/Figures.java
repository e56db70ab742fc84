package org.salescycle.benchmark.measure;

import java.util.Arrays;
import java.util.Locale;

/** How figures are written in the tables: rates, milliseconds, ratios, sizes, medians. */
public final class Figures {

  private Figures() {}

  public static String rate(double perSecond) {
    return String.format(Locale.ROOT, perSecond < 100 ? "%,.1f/s" : "%,.0f/s", perSecond);
  }

  public static String millis(double millis) {
    return String.format(Locale.ROOT, millis < 10 ? "%.1f" : "%,.0f", millis);
  }

  public static String ratio(double ours, double baseline) {
    return String.format(Locale.ROOT, "%.2f", ours / baseline);
  }

  public static String megabytes(double bytes) {
    return String.format(Locale.ROOT, "%,.0f MB", bytes / (1024 * 1024));
  }

  public static String seconds(double seconds) {
    return String.format(Locale.ROOT, "%.1f s", seconds);
  }

  public static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
