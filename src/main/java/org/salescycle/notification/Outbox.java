package org.salescycle.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The notification table: e-mails waiting to be sent, and those sent lately. It shares the
 * engine's DataSource and transaction, so an e-mail queued by a task listener is committed with
 * the task's change or not at all.
 */
@Repository
class Outbox {

  /** An e-mail that waits, and how often it has been tried. */
  record Waiting(long id, String to, String subject, String text, int attempts) {}

  private final JdbcTemplate jdbc;

  Outbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Queues the e-mail unless its event was queued before. Within the caller's transaction (the
   * engine's): it never fails on a second queuing, so the engine's change never fails for it.
   */
  void add(Mail mail, Instant now) {
    jdbc.update("""
        insert into notification (dedup_key, recipient, subject, body, created_at, next_attempt_at)
        select ?, ?, ?, ?, ?, ? from (values (1)) as one (x)
        where not exists (select 1 from notification where dedup_key = ?)""",
        mail.onceKey(), mail.to(), mail.subject(), mail.text(), Timestamp.from(now),
        Timestamp.from(now), mail.onceKey());
  }

  /**
   * Queues the e-mail in its own statement; false if its event was queued already, also by
   * another node at the same moment (the unique key decides).
   */
  boolean addOnce(Mail mail, Instant now) {
    try {
      return jdbc.update("""
          insert into notification (dedup_key, recipient, subject, body, created_at, next_attempt_at)
          values (?, ?, ?, ?, ?, ?)""",
          mail.onceKey(), mail.to(), mail.subject(), mail.text(), Timestamp.from(now),
          Timestamp.from(now)) == 1;
    } catch (DuplicateKeyException queuedBefore) {
      return false;
    }
  }

  /** E-mails due now that no node holds, those tried least first. */
  List<Waiting> due(Instant now, int limit) {
    return jdbc.query("""
        select id, recipient, subject, body, attempts from notification
        where sent_at is null and next_attempt_at <= ?
          and (claimed_until is null or claimed_until < ?)
        order by attempts, id fetch first %d rows only""".formatted(limit),
        (rs, row) -> new Waiting(rs.getLong("id"), rs.getString("recipient"),
            rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")),
        Timestamp.from(now), Timestamp.from(now));
  }

  /** Holds the e-mail for this node until the given time; false if another node holds it. */
  boolean claim(long id, Instant now, Instant until) {
    return jdbc.update("""
        update notification set claimed_until = ?
        where id = ? and sent_at is null and (claimed_until is null or claimed_until < ?)""",
        Timestamp.from(until), id, Timestamp.from(now)) == 1;
  }

  void markSent(long id, Instant at) {
    jdbc.update("""
        update notification set sent_at = ?, attempts = attempts + 1, claimed_until = null,
          last_error = null where id = ?""", Timestamp.from(at), id);
  }

  void markFailed(long id, String error, Instant nextAttempt) {
    jdbc.update("""
        update notification set attempts = attempts + 1, claimed_until = null, last_error = ?,
          next_attempt_at = ? where id = ?""", error, Timestamp.from(nextAttempt), id);
  }

  /** Puts every e-mail due before the given time off until then: the mail server is down. */
  void postponeDue(Instant until) {
    jdbc.update("""
        update notification set next_attempt_at = ?
        where sent_at is null and next_attempt_at < ?""",
        Timestamp.from(until), Timestamp.from(until));
  }

  int waiting() {
    return jdbc.queryForObject("select count(*) from notification where sent_at is null",
        Integer.class);
  }

  void forgetSentBefore(Instant before) {
    jdbc.update("delete from notification where sent_at < ?", Timestamp.from(before));
  }
}
