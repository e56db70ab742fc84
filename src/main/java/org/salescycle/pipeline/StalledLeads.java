package org.salescycle.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.salescycle.stage.Stage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The stalled leads nobody has worked on for longest, with their names and instances. Which
 * ones is found in the covering index on the open leads; only those are then read from the table.
 */
@Component
class StalledLeads {

  /** The report lists this many; its counts cover them all. */
  static final int LIST_SIZE = 100;

  private final JdbcTemplate jdbc;

  StalledLeads(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<PipelineReport.StalledLead> oldest(StalledCutoffs cutoffs, Instant asOf,
      String cockpitBase) {
    List<Object> parameters = new ArrayList<>(cutoffs.parameters());
    parameters.add(LIST_SIZE);
    return jdbc.query("""
        select stalled.id, stalled.company_name, stalled.stage, stalled.owner,
               stalled.last_activity_at, stalled.process_instance_id
          from sales_lead stalled join (
            select id from sales_lead
             where closed_at is null and stage is not null and last_activity_at < %s
             order by last_activity_at, id
             fetch first ? rows only) oldest on oldest.id = stalled.id
         order by stalled.last_activity_at, stalled.id""".formatted(cutoffs.expression()),
        (rs, row) -> {
          Instant lastActivity = rs.getTimestamp("last_activity_at").toInstant();
          String instance = rs.getString("process_instance_id");
          Stage stage = Stage.valueOf(rs.getString("stage"));
          return new PipelineReport.StalledLead(rs.getString("id"), rs.getString("company_name"),
              stage.name(), rs.getString("owner"), lastActivity,
              PipelineFigures.days(lastActivity, asOf), instance,
              cockpitBase + "/camunda/app/cockpit/default/#/process-instance/" + instance,
              stage.label(), null);
        },
        parameters.toArray());
  }
}
