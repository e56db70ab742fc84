package org.salescycle.lead;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A lead's owner (column {@code owner} of the lead table) and every change of it (table
 * lead_owner_change), written together in the engine's transaction.
 */
@Repository
public class OwnerHistory {

  private final JdbcTemplate jdbc;

  public OwnerHistory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Makes the user the owner of the instance's lead unless it has one. */
  void takeIfUnowned(String processInstanceId, String userId, Instant at) {
    int taken = jdbc.update(
        "update sales_lead set owner = ? where process_instance_id = ? and owner is null",
        userId, processInstanceId);
    if (taken == 1) {
      jdbc.update("""
          insert into lead_owner_change (id, lead_id, changed_at, changed_by, from_owner, to_owner)
          select ?, id, ?, ?, null, ? from sales_lead where process_instance_id = ?""",
          UUID.randomUUID().toString(), Timestamp.from(at), userId, userId, processInstanceId);
    }
  }

  /**
   * Hands the lead to another owner and returns the one it had (null: none), with the lead's row
   * locked until the transaction ends.
   */
  public String handOver(Lead lead, String to, String by, Instant at) {
    String from = jdbc.queryForObject("select owner from sales_lead where id = ? for update",
        String.class, lead.id());
    if (to.equals(from)) {
      return from;
    }
    jdbc.update("update sales_lead set owner = ? where id = ?", to, lead.id());
    jdbc.update("""
        insert into lead_owner_change (id, lead_id, changed_at, changed_by, from_owner, to_owner)
        values (?, ?, ?, ?, ?, ?)""",
        UUID.randomUUID().toString(), lead.id(), Timestamp.from(at), by, from, to);
    return from;
  }

  /** The lead's owner changes, oldest first. */
  public List<OwnerChange> of(String leadId) {
    return jdbc.query("""
        select changed_at, changed_by, from_owner, to_owner from lead_owner_change
        where lead_id = ? order by changed_at, id""",
        (rs, row) -> new OwnerChange(rs.getTimestamp("changed_at").toInstant(),
            rs.getString("changed_by"), rs.getString("from_owner"), rs.getString("to_owner")),
        leadId);
  }
}
