package org.salescycle.intake;

import java.util.ArrayList;
import java.util.List;
import org.salescycle.shared.InvalidField;

/**
 * What a CSV import did: how many rows had each outcome, and the rows that need attention
 * (duplicates, invalid and failed rows, with the line each starts on), the first
 * {@link #LISTED} of them; {@code unlisted} counts the rest. Created rows are only counted, so
 * the report stays small whatever the size of the file.
 */
public record ImportReport(int rows, int created, int duplicates, int invalid, int failed,
    List<Row> results, int unlisted) {

  public static final int LISTED = 100;

  public enum Outcome { CREATED, DUPLICATE, INVALID, FAILED }

  /**
   * One data row: the lead it duplicates (leadId), or why it was refused (errors, or message for
   * a failure that is no fault of the row).
   */
  public record Row(int line, Outcome outcome, String leadId, List<InvalidField> errors,
      String message) {}

  /** Counts rows as they are imported and keeps the first {@link #LISTED} that need attention. */
  static final class Tally {

    private final int[] counts = new int[Outcome.values().length];
    private final List<Row> listed = new ArrayList<>();
    private int rows;
    private int unlisted;

    void add(Row row) {
      rows++;
      counts[row.outcome().ordinal()]++;
      if (row.outcome() != Outcome.CREATED) {
        if (listed.size() < LISTED) {
          listed.add(row);
        } else {
          unlisted++;
        }
      }
    }

    int rows() {
      return rows;
    }

    int count(Outcome outcome) {
      return counts[outcome.ordinal()];
    }

    ImportReport report() {
      return new ImportReport(rows, count(Outcome.CREATED), count(Outcome.DUPLICATE),
          count(Outcome.INVALID), count(Outcome.FAILED), List.copyOf(listed), unlisted);
    }
  }
}
