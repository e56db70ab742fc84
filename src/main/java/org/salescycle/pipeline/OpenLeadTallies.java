package org.salescycle.pipeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.salescycle.stage.Stage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts the open leads per stage in the database, for everyone and per owner, from the covering
 * index on the open leads: the report never loads the leads themselves. The ages' median and
 * 90th percentile come from {@code percentile_disc}, which picks values by rank in the order
 * given (nearest rank, as the report defines it), on H2 and PostgreSQL alike.
 */
@Component
class OpenLeadTallies {

  /**
   * Grouped by {@code closed_at} (null for every open lead) first, so that the groups come in the
   * order of the covering index, which starts with it: PostgreSQL then reads the index in order
   * and sorts nothing. Grouped by stage alone, it walked the lead search's index on
   * {@code stage} and read every open lead's row from the table instead, about twice as slow with
   * many open leads (docs/benchmarks.md has the figures). H2 gains too.
   */
  private static final String TALLY = """
      select %1$s, count(*) as leads, sum(deal_value) as total_value,
             percentile_disc(0.5) within group (order by stage_entered_at) as middle_first,
             percentile_disc(0.5) within group (order by stage_entered_at desc) as middle_last,
             percentile_disc(0.9) within group (order by stage_entered_at desc) as p90_entered,
             count(case when last_activity_at < %2$s then 1 end) as stalled
        from sales_lead where closed_at is null and stage is not null
       group by closed_at, %1$s""";

  private final JdbcTemplate jdbc;

  OpenLeadTallies(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Everyone's. */
  Map<Stage, StageTally> perStage(StalledCutoffs cutoffs) {
    Map<Stage, StageTally> tallies = new EnumMap<>(Stage.class);
    jdbc.query(TALLY.formatted("stage", cutoffs.expression()),
        rs -> {
          tallies.put(Stage.valueOf(rs.getString("stage")), tally(rs));
        },
        cutoffs.parameters().toArray());
    return tallies;
  }

  /** Per owner, keyed as the report names them ({@code null} owners are "unassigned"). */
  Map<String, Map<Stage, StageTally>> perOwnerAndStage(StalledCutoffs cutoffs) {
    Map<String, Map<Stage, StageTally>> tallies = new HashMap<>();
    jdbc.query(TALLY.formatted("stage, owner", cutoffs.expression()),
        rs -> {
          tallies.computeIfAbsent(PipelineReporter.ownerOf(rs.getString("owner")),
                  owner -> new EnumMap<>(Stage.class))
              .put(Stage.valueOf(rs.getString("stage")), tally(rs));
        },
        cutoffs.parameters().toArray());
    return tallies;
  }

  private static StageTally tally(ResultSet rs) throws SQLException {
    return new StageTally(rs.getLong("leads"), rs.getBigDecimal("total_value"),
        instant(rs.getTimestamp("middle_first")), instant(rs.getTimestamp("middle_last")),
        instant(rs.getTimestamp("p90_entered")), rs.getLong("stalled"));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
