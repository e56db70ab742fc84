package org.salescycle.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * One revision of a prospect's quote: its lines, tax, payment terms and validity. Every figure a
 * customer, a rule or a report sees is computed here from the lines; amounts carry the currency's
 * decimals and are rounded half-up.
 *
 * @param number the quote's number, e.g. Q-2026-00042; every revision of a quote has the same
 */
public record Quote(
    String leadId,
    String processInstanceId,
    int revision,
    String number,
    Currency currency,
    List<QuoteLine> lines,
    BigDecimal taxRatePercent,
    PaymentTerms paymentTerms,
    int validityDays,
    Instant preparedAt) {

  /** Who and which revision a quote is for, before its content is known. */
  public record Header(String leadId, String processInstanceId, int revision, String number,
      Instant preparedAt) {

    Quote quote(Currency currency, List<QuoteLine> lines, BigDecimal taxRatePercent,
        PaymentTerms paymentTerms, int validityDays) {
      return new Quote(leadId, processInstanceId, revision, number, currency, lines,
          taxRatePercent, paymentTerms, validityDays, preparedAt);
    }
  }

  /** This revision under the quote's number. */
  Quote numbered(String quoteNumber) {
    return new Quote(leadId, processInstanceId, revision, quoteNumber, currency, lines,
        taxRatePercent, paymentTerms, validityDays, preparedAt);
  }

  /** How the quote is named to people: "Q-2026-00042, revision 2". */
  public String numberAndRevision() {
    return "%s, revision %d".formatted(number, revision);
  }

  public Quote {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("A quote needs at least one line");
    }
    lines = List.copyOf(lines);
  }

  /** The value at catalogue prices, before any discount. */
  public BigDecimal listTotal() {
    return scaled(lines.stream().map(QuoteLine::listAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** The sum of the lines' net amounts: what the customer pays before tax. */
  public BigDecimal netTotal() {
    return scaled(lines.stream().map(QuoteLine::netAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  public BigDecimal discountTotal() {
    return listTotal().subtract(netTotal());
  }

  /** The discount over the whole quote, in percent of the list total (two decimals). */
  public BigDecimal discountPercent() {
    BigDecimal list = listTotal();
    if (list.signum() == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return discountTotal().multiply(QuoteLine.HUNDRED).divide(list, 2, RoundingMode.HALF_UP);
  }

  public BigDecimal taxAmount() {
    return scaled(netTotal().multiply(taxRatePercent).divide(QuoteLine.HUNDRED));
  }

  /** What the customer pays in all: net total plus tax. */
  public BigDecimal grossTotal() {
    return netTotal().add(taxAmount());
  }

  private BigDecimal scaled(BigDecimal amount) {
    return amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP);
  }
}
