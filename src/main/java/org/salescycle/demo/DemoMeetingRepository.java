package org.salescycle.demo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The demo_meeting table. It shares the engine's DataSource and transaction: a meeting changes
 * with the task completion that changes it, or not at all.
 */
@Repository
class DemoMeetingRepository {

  private static final String ATTENDEE_SEPARATOR = ", ";

  private final JdbcTemplate jdbc;

  DemoMeetingRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<DemoMeeting> find(String leadId) {
    return jdbc.query("""
        select lead_id, uid, sequence, starts_at, ends_at, location, attendees, organizer, state
        from demo_meeting where lead_id = ?""", DemoMeetingRepository::meeting, leadId)
        .stream().findFirst();
  }

  void insert(DemoMeeting meeting, Instant at) {
    jdbc.update("""
        insert into demo_meeting (lead_id, uid, sequence, starts_at, ends_at, location, attendees,
          organizer, state, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        meeting.leadId(), meeting.uid(), meeting.sequence(), Timestamp.from(meeting.start()),
        Timestamp.from(meeting.end()), meeting.location(),
        String.join(ATTENDEE_SEPARATOR, meeting.attendees()), meeting.organizer(),
        meeting.state().name(), Timestamp.from(at));
  }

  void update(DemoMeeting meeting, Instant at) {
    jdbc.update("""
        update demo_meeting set uid = ?, sequence = ?, starts_at = ?, ends_at = ?, location = ?,
          attendees = ?, organizer = ?, state = ?, updated_at = ?
        where lead_id = ?""",
        meeting.uid(), meeting.sequence(), Timestamp.from(meeting.start()),
        Timestamp.from(meeting.end()), meeting.location(),
        String.join(ATTENDEE_SEPARATOR, meeting.attendees()), meeting.organizer(),
        meeting.state().name(), Timestamp.from(at), meeting.leadId());
  }

  private static DemoMeeting meeting(ResultSet rs, int row) throws SQLException {
    String attendees = rs.getString("attendees");
    return new DemoMeeting(rs.getString("lead_id"), rs.getString("uid"), rs.getInt("sequence"),
        rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
        rs.getString("location"),
        attendees.isBlank() ? List.of() : Arrays.asList(attendees.split(ATTENDEE_SEPARATOR)),
        rs.getString("organizer"), DemoState.valueOf(rs.getString("state")));
  }
}
