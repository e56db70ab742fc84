package org.salescycle.intake;

import java.util.List;
import org.salescycle.lead.InvalidField;

/** What a CSV import did, row by row, with the line each row starts on. */
public record ImportReport(int rows, int created, int duplicates, int invalid, int failed,
    List<Row> results) {

  public enum Outcome { CREATED, DUPLICATE, INVALID, FAILED }

  /**
   * One data row: the lead it created or duplicates (leadId), or why it was refused (errors, or
   * message for a failure that is no fault of the row).
   */
  public record Row(int line, Outcome outcome, String leadId, List<InvalidField> errors,
      String message) {}
}
