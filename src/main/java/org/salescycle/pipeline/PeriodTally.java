package org.salescycle.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.salescycle.stage.Stage;

/**
 * How the leads of one owner (or everyone's, once added up) moved in the period: per funnel
 * stage, how many reached it in the period and how many of those went on to the next; how many
 * ended won, lost or disqualified, why the lost ones were lost, and how long each won lead took.
 */
final class PeriodTally {

  /** The funnel in order; a conversion is from one stage to the next. */
  static final List<Stage> FUNNEL = List.of(Stage.LEAD, Stage.QUALIFYING, Stage.PROSPECT,
      Stage.EVALUATION, Stage.PROPOSAL, Stage.WON);

  private final long[] entered = new long[FUNNEL.size() - 1];
  private final long[] converted = new long[FUNNEL.size() - 1];
  private long won;
  private long lost;
  private long disqualified;
  private final Map<String, Long> lostReasons = new TreeMap<>();
  private long wonWithCycle;
  private BigDecimal cycleDays = BigDecimal.ZERO;

  void count(int step, long enteredInPeriod, long wentOn) {
    entered[step] += enteredInPeriod;
    converted[step] += wentOn;
  }

  void countOutcomes(long won, long lost, long disqualified) {
    this.won += won;
    this.lost += lost;
    this.disqualified += disqualified;
  }

  /** Leads lost or disqualified in the period for this reason ({@code null}: none given). */
  void lostFor(String reason, long leads) {
    lostReasons.merge(reason == null ? "UNSPECIFIED" : reason, leads, Long::sum);
  }

  /** Leads won in the period whose cycles took these days in all. */
  void wonAfter(long leads, BigDecimal days) {
    wonWithCycle += leads;
    cycleDays = cycleDays.add(days);
  }

  void add(PeriodTally other) {
    for (int step = 0; step < entered.length; step++) {
      count(step, other.entered[step], other.converted[step]);
    }
    countOutcomes(other.won, other.lost, other.disqualified);
    other.lostReasons.forEach(this::lostFor);
    wonAfter(other.wonWithCycle, other.cycleDays);
  }

  List<PipelineReport.Conversion> conversions() {
    List<PipelineReport.Conversion> conversions = new ArrayList<>();
    for (int step = 0; step < entered.length; step++) {
      Stage from = FUNNEL.get(step);
      Stage to = FUNNEL.get(step + 1);
      conversions.add(new PipelineReport.Conversion(from.name(), to.name(), entered[step],
          converted[step], ratio(converted[step], entered[step]), from.label(), to.label()));
    }
    return conversions;
  }

  long won() {
    return won;
  }

  long lost() {
    return lost;
  }

  long disqualified() {
    return disqualified;
  }

  Double winRate() {
    return ratio(won, won + lost + disqualified);
  }

  Map<String, Long> lostReasons() {
    return new TreeMap<>(lostReasons);
  }

  /** The mean of the won leads' cycle lengths in days, or null if none was won. */
  Double averageCycleDays() {
    return wonWithCycle == 0 ? null
        : cycleDays.divide(BigDecimal.valueOf(wonWithCycle), 2, RoundingMode.HALF_UP).doubleValue();
  }

  private static Double ratio(long part, long whole) {
    return whole == 0 ? null : PipelineFigures.round((double) part / whole);
  }
}
