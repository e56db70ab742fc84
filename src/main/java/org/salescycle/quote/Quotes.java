package org.salescycle.quote;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The quote tables: every revision of every quote with its lines, kept after newer revisions.
 * Every revision has the quote's number ({@code document_number}); {@code quote_number} is the
 * revision's unique reference, the number and the revision.
 * Quotes sent before version 1.3 of the model (an amount only, no lines) stay in the table but are
 * not read back as {@link Quote}s.
 */
@Repository
public class Quotes {

  private final JdbcTemplate jdbc;

  public Quotes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The number the process instance's quote already has, which a new revision keeps. */
  Optional<String> numberOf(String processInstanceId) {
    return jdbc.queryForList("""
        select document_number from quote where process_instance_id = ?
        and document_number is not null order by revision desc""", String.class,
        processInstanceId).stream().findFirst();
  }

  int nextRevision(String processInstanceId) {
    Integer last = jdbc.queryForObject(
        "select max(revision) from quote where process_instance_id = ?", Integer.class,
        processInstanceId);
    return last == null ? 1 : last + 1;
  }

  /** Stores a prepared revision and its lines; returns the new quote's id. */
  long insert(Quote quote) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var insert = connection.prepareStatement(
          """
          insert into quote (lead_id, process_instance_id, revision, quote_number,
            document_number, amount, discount_percent, net_amount, tax_rate, tax_amount,
            gross_total, currency, payment_terms, validity_days, issued_at, valid_until)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      Timestamp prepared = Timestamp.from(quote.preparedAt());
      int i = 0;
      insert.setString(++i, quote.leadId());
      insert.setString(++i, quote.processInstanceId());
      insert.setInt(++i, quote.revision());
      insert.setString(++i, quote.number() + "/" + quote.revision());
      insert.setString(++i, quote.number());
      insert.setBigDecimal(++i, quote.listTotal());
      insert.setBigDecimal(++i, quote.discountPercent());
      insert.setBigDecimal(++i, quote.netTotal());
      insert.setBigDecimal(++i, quote.taxRatePercent());
      insert.setBigDecimal(++i, quote.taxAmount());
      insert.setBigDecimal(++i, quote.grossTotal());
      insert.setString(++i, quote.currency().getCurrencyCode());
      insert.setString(++i, quote.paymentTerms().name());
      insert.setInt(++i, quote.validityDays());
      insert.setTimestamp(++i, prepared);
      // provisional until the quote is sent: validity runs from sending
      insert.setTimestamp(++i, Timestamp.from(quote.preparedAt().plus(
          Duration.ofDays(quote.validityDays()))));
      return insert;
    }, key);
    long id = key.getKey().longValue();
    List<QuoteLine> lines = quote.lines();
    for (int n = 0; n < lines.size(); n++) {
      QuoteLine line = lines.get(n);
      jdbc.update(
          """
          insert into quote_line (quote_id, line_no, product_code, product_name, quantity,
            unit_price, discount_percent, net_amount) values (?, ?, ?, ?, ?, ?, ?, ?)""",
          id, n + 1, line.productCode(), line.productName(), line.quantity(), line.unitPrice(),
          line.discountPercent(), line.netAmount());
    }
    return id;
  }

  /** Stores the document as sent and starts its validity; false if it was sent already. */
  boolean markSent(long quoteId, byte[] pdf, String sentTo, Instant sentAt, Instant validUntil) {
    return jdbc.update(
        """
        update quote set pdf = ?, sent_to = ?, sent_at = ?, valid_until = ?
        where id = ? and sent_at is null""",
        pdf, sentTo, Timestamp.from(sentAt), Timestamp.from(validUntil), quoteId) == 1;
  }

  /** Records the customer's acceptance; false if this quote was accepted before. */
  boolean markAccepted(long quoteId, Instant at) {
    return jdbc.update("update quote set accepted_at = ? where id = ? and accepted_at is null",
        Timestamp.from(at), quoteId) == 1;
  }

  public Optional<StoredQuote> find(long quoteId) {
    return jdbc.query("select * from quote where id = ? and payment_terms is not null",
        this::stored, quoteId).stream().findFirst();
  }

  public Optional<StoredQuote> find(String processInstanceId, int revision) {
    return jdbc.query("""
        select * from quote where process_instance_id = ? and revision = ?
        and payment_terms is not null""", this::stored, processInstanceId, revision).stream()
        .findFirst();
  }

  /** The newest revision of the process instance's quote, if it has one. */
  public Optional<StoredQuote> latest(String processInstanceId) {
    List<StoredQuote> all = of(processInstanceId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  public List<StoredQuote> of(String processInstanceId) {
    return jdbc.query("""
        select * from quote where process_instance_id = ? and payment_terms is not null
        order by revision""", this::stored, processInstanceId);
  }

  /** The PDF as it was sent, if this revision was sent. */
  public Optional<byte[]> document(long quoteId) {
    return jdbc.query("select pdf from quote where id = ? and pdf is not null",
        (rs, row) -> rs.getBytes("pdf"), quoteId).stream().findFirst();
  }

  private StoredQuote stored(ResultSet rs, int row) throws SQLException {
    long id = rs.getLong("id");
    Currency currency = Currency.getInstance(rs.getString("currency"));
    List<QuoteLine> lines = jdbc.query(
        "select * from quote_line where quote_id = ? order by line_no",
        (line, n) -> new QuoteLine(line.getString("product_code"), line.getString("product_name"),
            line.getInt("quantity"), line.getBigDecimal("unit_price"),
            line.getBigDecimal("discount_percent"), line.getBigDecimal("net_amount")),
        id);
    var quote = new Quote(rs.getString("lead_id"), rs.getString("process_instance_id"),
        rs.getInt("revision"), number(rs), currency, lines,
        rs.getBigDecimal("tax_rate"), PaymentTerms.valueOf(rs.getString("payment_terms")),
        rs.getInt("validity_days"), rs.getTimestamp("issued_at").toInstant());
    return new StoredQuote(id, quote, instant(rs, "sent_at"), rs.getString("sent_to"),
        instant(rs, "valid_until"), instant(rs, "accepted_at"));
  }

  /** Quotes stored before numbers per year kept their whole reference as number. */
  private static String number(ResultSet rs) throws SQLException {
    String number = rs.getString("document_number");
    return number != null ? number : rs.getString("quote_number");
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
