package org.salescycle.lead;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The lead_note table: the notes written on a lead, in the engine's transaction. */
@Repository
public class LeadNotes {

  private final JdbcTemplate jdbc;

  public LeadNotes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void add(String leadId, LeadNote note) {
    jdbc.update("""
        insert into lead_note (id, lead_id, written_at, task_name, field, author, note_text)
        values (?, ?, ?, ?, ?, ?, ?)""",
        UUID.randomUUID().toString(), leadId, Timestamp.from(note.at()), note.taskName(),
        note.field(), note.author(), note.text());
  }

  /** Whether the lead already has this text in this field (the notes rebuild moves each once). */
  boolean has(String leadId, String field, String text) {
    return !jdbc.queryForList(
        "select 1 from lead_note where lead_id = ? and field = ? and note_text = ?",
        Integer.class, leadId, field, text).isEmpty();
  }

  /** The lead's notes, oldest first. */
  public List<LeadNote> of(String leadId) {
    return jdbc.query("""
        select written_at, task_name, field, author, note_text from lead_note
        where lead_id = ? order by written_at, id""",
        (rs, row) -> new LeadNote(rs.getTimestamp("written_at").toInstant(),
            rs.getString("task_name"), rs.getString("field"), rs.getString("author"),
            rs.getString("note_text")),
        leadId);
  }
}
