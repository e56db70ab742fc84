package org.salescycle.pipeline;

import org.salescycle.stage.Stage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills in each lead's funnel columns (when it first reached each funnel stage, its outcome)
 * from the stage history, the record the stage recorder keeps of every change. The stage
 * recorder keeps these columns current; this restores them when they were lost or went wrong.
 * (Migration V5 did the same once, for the leads that existed before the columns.)
 */
@Component
class FunnelRefill {

  private static final String FIRST_REACHED = """
      (select min(h.entered_at) from stage_history h
        where h.process_instance_id = sales_lead.process_instance_id and h.stage = '%s')""";
  private static final String OUTCOME = """
      (select max(h.%s) from stage_history h
        where h.process_instance_id = sales_lead.process_instance_id
          and h.stage in ('WON', 'LOST', 'DISQUALIFIED'))""";

  private final JdbcTemplate jdbc;

  FunnelRefill(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** @return how many lead rows were filled in */
  int run() {
    StringBuilder set = new StringBuilder();
    for (Stage stage : Stage.values()) {
      if (stage.reachedColumn() != null) {
        set.append(stage.reachedColumn()).append(" = ")
            .append(FIRST_REACHED.formatted(stage.name())).append(",\n");
      }
    }
    set.append("outcome = ").append(OUTCOME.formatted("stage")).append(",\n")
        .append("outcome_reason = ").append(OUTCOME.formatted("reason")).append(",\n")
        .append("outcome_at = ").append(OUTCOME.formatted("entered_at"));
    return jdbc.update("update sales_lead set " + set + " where process_instance_id is not null");
  }
}
