package org.salescycle.stage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stage_history table, and in the lead table the current stage, when the lead first reached
 * each funnel stage and its outcome. Writes happen inside the
 * engine's transaction (same DataSource), so a stage change and the process step that caused it
 * commit or roll back together.
 */
@Repository
public class StageHistory {

  /**
   * The process variable in which earlier builds also kept when the current stage began (a copy
   * of the stage history's entry time); the stage recorder removes it at an instance's next change.
   */
  public static final String LEGACY_STAGE_ENTERED_AT = "stageEnteredAt";

  private final JdbcTemplate jdbc;

  public StageHistory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void enter(String processInstanceId, String businessKey, Stage stage, String reason,
      String activityId, String userId, Instant at) {
    Timestamp now = Timestamp.from(at);
    jdbc.update(
        "update stage_history set left_at = ? where process_instance_id = ? and left_at is null",
        now, processInstanceId);
    jdbc.update(
        """
        insert into stage_history
          (process_instance_id, business_key, stage, reason, activity_id, entered_at, entered_by)
        values (?, ?, ?, ?, ?, ?, ?)""",
        processInstanceId, businessKey, stage.name(), reason, activityId, now, userId);
    List<Object> values = new ArrayList<>(List.of(stage.name(), now, now));
    StringBuilder set = new StringBuilder("stage = ?, stage_entered_at = ?, last_activity_at = ?");
    if (stage.reachedColumn() != null) {
      set.append(", %1$s = coalesce(%1$s, ?)".formatted(stage.reachedColumn()));
      values.add(now);
    }
    if (stage.isOutcome()) {
      set.append(", outcome = ?, outcome_reason = ?, outcome_at = ?");
      values.addAll(Arrays.asList(stage.name(), reason, now));
    }
    values.add(processInstanceId);
    jdbc.update("update sales_lead set " + set + " where process_instance_id = ?",
        values.toArray());
  }

  public List<StageHistoryEntry> of(String processInstanceId) {
    return jdbc.query(
        """
        select stage, reason, activity_id, entered_at, left_at, entered_by
        from stage_history where process_instance_id = ? order by id""",
        (rs, row) -> new StageHistoryEntry(
            Stage.valueOf(rs.getString("stage")),
            rs.getString("reason"),
            rs.getString("activity_id"),
            rs.getTimestamp("entered_at").toInstant(),
            rs.getTimestamp("left_at") == null ? null : rs.getTimestamp("left_at").toInstant(),
            rs.getString("entered_by")),
        processInstanceId);
  }
}
