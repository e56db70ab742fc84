package org.salescycle.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/** How the report and the CSV export count: weighted values in money, ages in days. */
final class PipelineFigures {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final double SECONDS_PER_DAY = 86_400.0;

  private PipelineFigures() {}

  /** The value times the stage's win probability, in cents, rounded half up. */
  static BigDecimal weighted(BigDecimal value, int probabilityPercent) {
    return value.multiply(BigDecimal.valueOf(probabilityPercent))
        .divide(HUNDRED, 2, RoundingMode.HALF_UP);
  }

  /** Days between two instants, to two decimals. */
  static double days(Instant start, Instant end) {
    return round(Duration.between(start, end).toSeconds() / SECONDS_PER_DAY);
  }

  static double round(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }
}
