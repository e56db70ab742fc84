package org.salescycle.pipeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.salescycle.stage.Stage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts in the database how each owner's leads moved in a period, from the funnel columns the
 * stage recorder keeps on the lead row. Only leads whose latest stage change is in or after the
 * period can have moved in it (their latest change came no earlier), so every query reads the
 * covering index on {@code stage_entered_at} from the period's start.
 */
@Component
class PeriodTallies {

  private static final List<String> OUTCOMES =
      List.of(Stage.WON.name(), Stage.LOST.name(), Stage.DISQUALIFIED.name());

  /**
   * A won lead's cycle in days to two decimals, from whole seconds, as {@link PipelineFigures#days}
   * counts an age, but between the stored local times: a cycle across a change to or from daylight
   * saving time counts the clock's hour more or less.
   */
  private static final String CYCLE_DAYS =
      "round(floor(extract(epoch from outcome_at) - extract(epoch from lead_at)) / 86400.0, 2)";

  private final JdbcTemplate jdbc;

  PeriodTallies(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Keyed as the report names owners ({@code null} owners are "unassigned"). */
  Map<String, PeriodTally> perOwner(Instant from, Instant to) {
    Map<String, PeriodTally> tallies = new HashMap<>();
    count(tallies, Timestamp.from(from), Timestamp.from(to));
    return tallies;
  }

  /**
   * Per funnel step: reached in the period, and of those, reached the next stage too; then the
   * outcomes in the period, and the won leads' cycle lengths added up. Grouped by the reason too,
   * for the lost ones; the other figures are added up over an owner's reasons.
   */
  private void count(Map<String, PeriodTally> tallies, Timestamp start, Timestamp end) {
    List<Stage> funnel = PeriodTally.FUNNEL;
    int steps = funnel.size() - 1;
    StringBuilder sql = new StringBuilder("select owner, outcome_reason");
    List<Object> parameters = new ArrayList<>();
    for (int step = 0; step < steps; step++) {
      String reached = funnel.get(step).reachedColumn();
      sql.append(",\n count(case when %1$s >= ? and %1$s < ? then 1 end)".formatted(reached))
          .append(",\n count(case when %1$s >= ? and %1$s < ? and %2$s is not null then 1 end)"
              .formatted(reached, funnel.get(step + 1).reachedColumn()));
      parameters.addAll(List.of(start, end, start, end));
    }
    for (String outcome : OUTCOMES) {
      sql.append(",\n count(case when outcome = ? and outcome_at >= ? and outcome_at < ?"
          + " then 1 end)");
      parameters.addAll(List.of(outcome, start, end));
    }
    String wonInPeriod =
        "outcome = ? and outcome_at >= ? and outcome_at < ? and lead_at is not null";
    sql.append(",\n count(case when ").append(wonInPeriod).append(" then 1 end)")
        .append(",\n sum(case when ").append(wonInPeriod).append(" then ").append(CYCLE_DAYS)
        .append(" end)");
    for (int i = 0; i < 2; i++) {
      parameters.addAll(List.of(Stage.WON.name(), start, end));
    }
    sql.append("\n from sales_lead where stage_entered_at >= ? group by owner, outcome_reason");
    parameters.add(start);
    jdbc.query(sql.toString(), rs -> {
      PeriodTally tally = tally(tallies, rs.getString("owner"));
      for (int step = 0; step < steps; step++) {
        tally.count(step, rs.getLong(3 + 2 * step), rs.getLong(4 + 2 * step));
      }
      int outcomes = 3 + 2 * steps;
      long lost = rs.getLong(outcomes + 1);
      long disqualified = rs.getLong(outcomes + 2);
      tally.countOutcomes(rs.getLong(outcomes), lost, disqualified);
      if (lost + disqualified > 0) {
        tally.lostFor(rs.getString("outcome_reason"), lost + disqualified);
      }
      long wonWithCycle = rs.getLong(outcomes + 3);
      if (wonWithCycle > 0) {
        tally.wonAfter(wonWithCycle, rs.getBigDecimal(outcomes + 4));
      }
    }, parameters.toArray());
  }

  private static PeriodTally tally(Map<String, PeriodTally> tallies, String owner) {
    return tallies.computeIfAbsent(PipelineReporter.ownerOf(owner), key -> new PeriodTally());
  }
}
