package org.salescycle.board;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A rep's open leads by stage, as {@code GET /api/board} answers: one column per stage of the
 * funnel, in the funnel's order, each with its cards. Money comes formatted with its currency.
 *
 * @param reps the sales reps whose board the caller may choose; empty for a rep, who sees only
 *     her own
 */
public record Board(String rep, String repName, Instant asOf, List<Column> columns,
    List<Rep> reps) {

  /** A stage's column; {@code totalValue} adds up the cards' deal values. */
  public record Column(String stage, String label, int count, String totalValue,
      List<Card> cards) {}

  /**
   * An open lead. {@code dealValue} is the number, {@code dealValueText} the same with thousands
   * separators and currency; both null while the lead has no value. {@code task} is the lead's
   * open task the rep works on or may claim, null when none is hers.
   */
  public record Card(String leadId, String companyName, BigDecimal dealValue,
      String dealValueText, Long daysInStage, boolean urgent, CardTask task) {}

  public record CardTask(String id, String name) {}

  public record Rep(String id, String name) {}
}
