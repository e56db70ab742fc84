package org.salescycle.quote;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The quote table: every revision of every quote, kept after newer revisions. */
@Repository
public class Quotes {

  private final JdbcTemplate jdbc;

  public Quotes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  int nextRevision(String processInstanceId) {
    Integer last = jdbc.queryForObject(
        "select max(revision) from quote where process_instance_id = ?", Integer.class,
        processInstanceId);
    return last == null ? 1 : last + 1;
  }

  void insert(Quote quote) {
    jdbc.update(
        """
        insert into quote (process_instance_id, revision, quote_number, amount, discount_percent,
          net_amount, currency, issued_at, valid_until)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        quote.processInstanceId(), quote.revision(), quote.number(), quote.amount(),
        quote.discountPercent(), quote.netAmount(), quote.currency(),
        Timestamp.from(quote.issuedAt()), Timestamp.from(quote.validUntil()));
  }

  public List<Quote> of(String processInstanceId) {
    return jdbc.query(
        "select * from quote where process_instance_id = ? order by revision",
        (rs, row) -> new Quote(
            rs.getString("process_instance_id"), rs.getInt("revision"),
            rs.getString("quote_number"), rs.getBigDecimal("amount"),
            rs.getBigDecimal("discount_percent"), rs.getBigDecimal("net_amount"),
            rs.getString("currency"), rs.getTimestamp("issued_at").toInstant(),
            rs.getTimestamp("valid_until").toInstant()),
        processInstanceId);
  }
}
