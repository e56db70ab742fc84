package org.salescycle.quote;

import org.salescycle.words.Amounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pricing rules with exact money figures, worked out by hand in each comment. */
class QuoteTest {

  static final Currency EUR = Currency.getInstance("EUR");
  static final Currency JPY = Currency.getInstance("JPY");

  @Test
  void totalsDiscountAndTaxOfAQuoteWithSeveralLines() {
    // 25 seats x 120.00 at 10% = 3000.00 - 300.00 = 2700.00
    // 1 support plan 2400.00 at 0% = 2400.00
    // 3 workshop days x 1500.00 at 12.5% = 4500.00 - 562.50 = 3937.50
    Quote quote = quote(EUR, new BigDecimal("23"),
        QuoteLine.of("LIC-SEAT", "Licence", 25, new BigDecimal("120.00"), new BigDecimal("10"), EUR),
        QuoteLine.of("SUP-ANNUAL", "Support", 1, new BigDecimal("2400.00"), BigDecimal.ZERO, EUR),
        QuoteLine.of("WS-DAY", "Workshop", 3, new BigDecimal("1500.00"), new BigDecimal("12.5"), EUR));

    assertThat(quote.lines()).extracting(QuoteLine::netAmount)
        .containsExactly(new BigDecimal("2700.00"), new BigDecimal("2400.00"), new BigDecimal("3937.50"));
    assertThat(quote.listTotal()).isEqualTo(new BigDecimal("9900.00"));
    assertThat(quote.netTotal()).isEqualTo(new BigDecimal("9037.50"));
    assertThat(quote.discountTotal()).isEqualTo(new BigDecimal("862.50"));
    // 862.50 / 9900.00 = 8.7121... % -> 8.71
    assertThat(quote.discountPercent()).isEqualTo(new BigDecimal("8.71"));
    // 9037.50 x 23% = 2078.625 -> 2078.63 (half up)
    assertThat(quote.taxAmount()).isEqualTo(new BigDecimal("2078.63"));
    assertThat(quote.grossTotal()).isEqualTo(new BigDecimal("11116.13"));
  }

  @ParameterizedTest(name = "{1} x {0} at {2}% = {3}")
  @CsvSource({
      // 3 x 19.99 = 59.97; 7% off = 55.7721 -> 55.77
      "19.99, 3, 7, 55.77",
      // 1 x 0.05; 50% off = 0.025 -> 0.03 (half up, not half even)
      "0.05, 1, 50, 0.03",
      // 1 x 0.15; 50% off = 0.075 -> 0.08
      "0.15, 1, 50, 0.08",
      // 3 x 33.33 = 99.99; 33.33% off = 66.663333 -> 66.66
      "33.33, 3, 33.33, 66.66",
      // no discount keeps the exact amount
      "1200.00, 40, 0, 48000.00",
  })
  void eachLineIsRoundedHalfUpToCents(String unitPrice, int quantity, String discount,
      String net) {
    QuoteLine line = QuoteLine.of("P", "Product", quantity, new BigDecimal(unitPrice),
        new BigDecimal(discount), EUR);
    assertThat(line.netAmount()).isEqualTo(new BigDecimal(net));
  }

  @Test
  void aCurrencyWithoutMinorUnitsRoundsToWholeUnits() {
    // 3 x 333 = 999 yen; 10% off = 899.1 -> 899; tax 10% = 89.9 -> 90
    Quote quote = quote(JPY, BigDecimal.TEN,
        QuoteLine.of("P", "Product", 3, new BigDecimal("333"), BigDecimal.TEN, JPY));

    assertThat(quote.netTotal()).isEqualTo(new BigDecimal("899"));
    assertThat(quote.taxAmount()).isEqualTo(new BigDecimal("90"));
    assertThat(quote.grossTotal()).isEqualTo(new BigDecimal("989"));
    assertThat(Amounts.format(new BigDecimal("12345"), JPY)).isEqualTo("12,345 JPY");
  }

  @Test
  void roundingPerLineIsWhatTheTotalsAddUp() {
    // two lines of 0.05 at 50% are 0.03 each: the quote is 0.06, not round(0.05) = 0.05
    Quote quote = quote(EUR, BigDecimal.ZERO,
        QuoteLine.of("A", "A", 1, new BigDecimal("0.05"), new BigDecimal("50"), EUR),
        QuoteLine.of("B", "B", 1, new BigDecimal("0.05"), new BigDecimal("50"), EUR));

    assertThat(quote.netTotal()).isEqualTo(new BigDecimal("0.06"));
    assertThat(quote.taxAmount()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void amountsPrintWithGroupingAndTheCurrencysDecimals() {
    assertThat(Amounts.format(new BigDecimal("11116.13"), EUR)).isEqualTo("11,116.13 EUR");
    assertThat(Amounts.format(new BigDecimal("5"), EUR)).isEqualTo("5.00 EUR");
    assertThat(Amounts.percent(new BigDecimal("12.50"))).isEqualTo("12.5%");
  }

  @ParameterizedTest
  @CsvSource({"0, 5", "-1, 5", "1, 100", "1, -0.01"})
  void rejectsImpossibleLines(int quantity, String discount) {
    assertThatThrownBy(() -> QuoteLine.of("P", "Product", quantity, BigDecimal.TEN,
        new BigDecimal(discount), EUR)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void paymentTermsFollowTheCreditReview() {
    assertThat(PaymentTerms.allowedBy(null)).containsExactly(PaymentTerms.values());
    assertThat(PaymentTerms.allowedBy("PREPAYMENT")).containsExactly(PaymentTerms.PREPAYMENT);
    assertThat(PaymentTerms.allowedBy("PARTIAL_PREPAYMENT"))
        .containsExactly(PaymentTerms.PREPAYMENT, PaymentTerms.PARTIAL_PREPAYMENT);
    assertThat(PaymentTerms.allowedBy("SHORT_PAYMENT_TERMS")).containsExactly(
        PaymentTerms.PREPAYMENT, PaymentTerms.PARTIAL_PREPAYMENT, PaymentTerms.NET_14);
    assertThat(PaymentTerms.PARTIAL_PREPAYMENT.amountOnCredit(new BigDecimal("1000.00")))
        .isEqualByComparingTo("500.00");
    assertThat(PaymentTerms.PREPAYMENT.amountOnCredit(new BigDecimal("1000.00"))).isZero();
  }

  @Test
  void aRevisionIsNamedByTheQuotesNumberAndItsRevision() {
    Quote first = quote(Currency.getInstance("EUR"), BigDecimal.ZERO,
        QuoteLine.of("A", "A", 1, BigDecimal.TEN, BigDecimal.ZERO, Currency.getInstance("EUR")));
    assertThat(first.numberAndRevision()).isEqualTo("Q-2026-00042, revision 1");
    assertThat(first.numbered("Q-2026-00043").numberAndRevision())
        .isEqualTo("Q-2026-00043, revision 1");
  }

  static Quote quote(Currency currency, BigDecimal taxRate, QuoteLine... lines) {
    return new Quote("lead", "instance", 1, "Q-2026-00042", currency, List.of(lines), taxRate,
        PaymentTerms.NET_30, 30, Instant.parse("2026-11-27T10:00:00Z"));
  }
}
