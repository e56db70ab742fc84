package org.salescycle.numbering;

import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out the next number of a kind for a year (UTC), without gaps: the year's counter row is
 * incremented in the caller's transaction, which holds the row until it commits, so concurrent
 * callers on any node wait and get the next number, and a caller that rolls back gives its number
 * back. The first number of a year inserts the row; when a concurrent caller inserted it first,
 * the insert is undone to a savepoint and the row incremented instead.
 */
@Repository
public class DocumentNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate joined;
  private final TransactionTemplate savepoint;

  public DocumentNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.joined = new TransactionTemplate(transactions);
    this.savepoint = new TransactionTemplate(transactions);
    savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** The next number of this kind in the year of {@code at}, e.g. Q-2026-00042. */
  public String next(NumberKind kind, Instant at) {
    int year = at.atZone(ZoneOffset.UTC).getYear();
    Integer sequence = joined.execute(status -> sequence(kind, year));
    return kind.format(year, sequence);
  }

  private int sequence(NumberKind kind, int year) {
    while (true) {
      int updated = jdbc.update("""
          update document_counter set last_number = last_number + 1
          where kind = ? and number_year = ?""", kind.name(), year);
      if (updated == 1) {
        return jdbc.queryForObject(
            "select last_number from document_counter where kind = ? and number_year = ?",
            Integer.class, kind.name(), year);
      }
      try {
        savepoint.executeWithoutResult(status -> jdbc.update(
            "insert into document_counter (kind, number_year, last_number) values (?, ?, 1)",
            kind.name(), year));
        return 1;
      } catch (DuplicateKeyException concurrentFirst) {
        // the savepoint undid the insert; the row is there now, so the update finds it
      }
    }
  }
}
