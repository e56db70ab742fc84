package org.salescycle.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import org.salescycle.stage.Stage;
import org.salescycle.words.Amounts;

/**
 * The open leads of one stage (for everyone or one owner) as the database counted them: how many,
 * their value, the stage entry times that give the median and 90th percentile of their ages, and
 * how many of them are stalled. For an even count the median lies between two entry times.
 */
record StageTally(long count, BigDecimal totalValue, Instant middleEnteredFirst,
    Instant middleEnteredLast, Instant p90Entered, long stalled) {

  static final StageTally NONE = new StageTally(0, BigDecimal.ZERO, null, null, null, 0);

  StageTally {
    totalValue = (totalValue == null ? BigDecimal.ZERO : totalValue)
        .setScale(2, RoundingMode.HALF_UP);
  }

  PipelineReport.StageFigures figures(Stage stage, int probability, Instant asOf,
      Currency currency) {
    Double median = count == 0 ? null : PipelineFigures.round(
        (exactDays(middleEnteredFirst, asOf) + exactDays(middleEnteredLast, asOf)) / 2);
    Double p90 = count == 0 ? null : PipelineFigures.round(exactDays(p90Entered, asOf));
    BigDecimal weighted = PipelineFigures.weighted(totalValue, probability);
    return new PipelineReport.StageFigures(stage.name(), probability, count, totalValue,
        weighted, median, p90, stage.label(), !PeriodTally.FUNNEL.contains(stage),
        Amounts.format(totalValue, currency), Amounts.format(weighted, currency));
  }

  /** Days between two instants in whole seconds, unrounded: rounded once the median is taken. */
  private static double exactDays(Instant start, Instant end) {
    return (end.getEpochSecond() - start.getEpochSecond()) / 86_400.0;
  }
}
