package org.salescycle.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.salescycle.catalogue.Product;
import org.salescycle.shared.InvalidField;

/** What a rep may put in a quote: every broken rule is named by its field. */
class QuoteRulesTest {

  static final Currency EUR = Currency.getInstance("EUR");
  static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  static final List<Product> CATALOGUE = List.of(
      new Product("LIC-SEAT", "Licence per seat", new BigDecimal("120.00"), "EUR", true, NOW),
      new Product("WS-DAY", "Workshop day", new BigDecimal("1500.00"), "EUR", true, NOW),
      new Product("USD-ITEM", "Priced in dollars", new BigDecimal("10.00"), "USD", true, NOW));
  static final Function<List<String>, List<Product>> ACTIVE = codes ->
      CATALOGUE.stream().filter(product -> codes.contains(product.code())).toList();
  static final Quote.Header HEADER = new Quote.Header("lead", "instance", 2, "Q-2026-00042", NOW);

  @Test
  void pricesTheLinesFromTheCatalogue() {
    Quote quote = check(List.of(item("LIC-SEAT", 10, "5"), item("WS-DAY", 2, null)), "NET_30",
        "14", context(null, null));

    assertThat(quote.lines()).extracting(QuoteLine::productName)
        .containsExactly("Licence per seat", "Workshop day");
    // 10 x 120.00 at 5% = 1140.00; 2 x 1500.00 = 3000.00
    assertThat(quote.netTotal()).isEqualTo(new BigDecimal("4140.00"));
    assertThat(quote.paymentTerms()).isEqualTo(PaymentTerms.NET_30);
    assertThat(quote.validityDays()).isEqualTo(14);
    assertThat(quote.revision()).isEqualTo(2);
    assertThat(quote.number()).isEqualTo("Q-2026-00042");
  }

  @Test
  void validityDefaultsToTheConfiguredPeriod() {
    Quote quote = check(List.of(item("LIC-SEAT", 1, "0")), "PREPAYMENT", null,
        context(null, null));
    assertThat(quote.validityDays()).isEqualTo(30);
  }

  @Test
  void namesEveryFieldThatBreaksARule() {
    var invalid = catchThrowableOfType(InvalidQuoteException.class, () -> check(List.of(
            item("NO-SUCH", 1, "0"), item("LIC-SEAT", 0, "0"), item("LIC-SEAT", 2.5, "0"),
            item("WS-DAY", 1, "100"), item("WS-DAY", 1, "1.234"), item("USD-ITEM", 1, "0"),
            item(null, 1, "0")),
        "NET_90", "400", context(null, null)));

    assertThat(invalid.errors()).extracting(InvalidField::field).containsExactly(
        "lineItems[0].product", "lineItems[1].quantity", "lineItems[2].quantity",
        "lineItems[3].discountPercent", "lineItems[4].discountPercent", "lineItems[5].product",
        "lineItems[6].product", "paymentTerms", "quoteValidityDays");
    assertThat(invalid.getMessage()).contains("'NO-SUCH' is not an active product")
        .contains("'USD-ITEM' is priced in USD, the quote is in EUR");
  }

  @Test
  void nanInfinitiesAndHugeNumbersAreNamedByTheirField() {
    var invalid = catchThrowableOfType(InvalidQuoteException.class, () -> check(List.of(
            item("LIC-SEAT", Double.NaN, "0"), item("LIC-SEAT", Double.POSITIVE_INFINITY, "0"),
            item("LIC-SEAT", 1e300, "0"), item("LIC-SEAT", Long.MAX_VALUE, "0"),
            item("LIC-SEAT", 1, "NaN"), item("LIC-SEAT", 1, "-Infinity"),
            item("LIC-SEAT", 1, "1e400")),
        "NET_30", "1e10", context(null, null)));

    assertThat(invalid.errors()).extracting(InvalidField::field).containsExactly(
        "lineItems[0].quantity", "lineItems[1].quantity", "lineItems[2].quantity",
        "lineItems[3].quantity", "lineItems[4].discountPercent",
        "lineItems[5].discountPercent", "lineItems[6].discountPercent", "quoteValidityDays");
  }

  @Test
  void errorsOfFormLinesAreNamedByTheLine() {
    var invalid = catchThrowableOfType(InvalidQuoteException.class, () -> QuoteRules.check(
        new QuoteInput(List.of(item("LIC-SEAT", 1, "0"), item("NO-SUCH", 1, "0")), true,
            "PREPAYMENT", null), ACTIVE, context(null, null), HEADER));
    assertThat(invalid.errors()).extracting(InvalidField::field).containsExactly("line2.product");
  }

  @Test
  void aQuoteNeedsLines() {
    var invalid = catchThrowableOfType(InvalidQuoteException.class,
        () -> check(List.of(), "PREPAYMENT", null, context(null, null)));
    assertThat(invalid.errors()).containsExactly(
        new InvalidField("lineItems", "needs at least one product"));
  }

  @Test
  void creditWithTermsAllowsOnlyThoseTerms() {
    var invalid = catchThrowableOfType(InvalidQuoteException.class, () -> check(
        List.of(item("LIC-SEAT", 1, "0")), "NET_30", null, context("PREPAYMENT", null)));
    assertThat(invalid.errors()).singleElement().satisfies(error -> {
      assertThat(error.field()).isEqualTo("paymentTerms");
      assertThat(error.message()).contains("'NET_30' is not allowed").contains("[PREPAYMENT]");
    });
    assertThat(check(List.of(item("LIC-SEAT", 1, "0")), "PREPAYMENT", null,
        context("PREPAYMENT", null)).paymentTerms()).isEqualTo(PaymentTerms.PREPAYMENT);
  }

  @Test
  void whatIsPaidAfterDeliveryMustFitTheCreditLimit() {
    // 10 workshop days = 15000.00 net, 18450.00 with 23% tax; half of it is 9225.00
    List<Map<String, Object>> lines = List.of(item("WS-DAY", 10, "0"));
    var limit = new BigDecimal("10000");

    var invalid = catchThrowableOfType(InvalidQuoteException.class,
        () -> check(lines, "NET_14", null, context(null, limit)));
    assertThat(invalid.errors()).singleElement().satisfies(error -> {
      assertThat(error.field()).isEqualTo("paymentTerms");
      assertThat(error.message()).contains("18,450.00 EUR").contains("10,000.00 EUR");
    });
    assertThat(check(lines, "PARTIAL_PREPAYMENT", null, context(null, limit)).grossTotal())
        .isEqualTo(new BigDecimal("18450.00"));
  }

  private static Quote check(List<Map<String, Object>> items, String terms, String validity,
      QuoteRules.Context context) {
    return QuoteRules.check(new QuoteInput(items, false, terms, validity), ACTIVE, context, HEADER);
  }

  private static QuoteRules.Context context(String creditTerms, BigDecimal creditLimit) {
    return new QuoteRules.Context(EUR, new BigDecimal("23"), 30, creditTerms, creditLimit);
  }

  private static Map<String, Object> item(String product, Number quantity, String discount) {
    var item = new java.util.HashMap<String, Object>();
    item.put("product", product);
    item.put("quantity", quantity);
    item.put("discountPercent", discount);
    return item;
  }
}
