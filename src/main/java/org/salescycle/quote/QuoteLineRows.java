package org.salescycle.quote;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salescycle.words.Amounts;
import org.springframework.stereotype.Component;

/**
 * The lines of a deal's latest quote as a form's table shows them, every value in words: product,
 * quantity, unit price, discount and net amount with the quote's currency.
 */
@Component
public class QuoteLineRows {

  private final Quotes quotes;

  public QuoteLineRows(Quotes quotes) {
    this.quotes = quotes;
  }

  /** The rows; empty when the deal has no quote yet. */
  public List<Map<String, String>> of(String processInstanceId) {
    return quotes.latest(processInstanceId).map(StoredQuote::quote).map(quote ->
        quote.lines().stream().map(line -> {
          Map<String, String> row = new LinkedHashMap<>();
          row.put("product", "%s (%s)".formatted(line.productName(), line.productCode()));
          row.put("quantity", Amounts.number(BigDecimal.valueOf(line.quantity()), 0));
          row.put("unitPrice", Amounts.format(line.unitPrice(), quote.currency()));
          row.put("discount", Amounts.percent(line.discountPercent()));
          row.put("net", Amounts.format(line.netAmount(), quote.currency()));
          return row;
        }).toList())
        .orElse(List.of());
  }
}
