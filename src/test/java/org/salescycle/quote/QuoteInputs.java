package org.salescycle.quote;

import java.util.HashMap;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * What a rep submits in "Prepare quote", as Tasklist sends it (line items as a Json variable).
 * The test catalogue has {@value #UNIT} at 1,000.00 EUR, so a list value maps to a quantity.
 */
public final class QuoteInputs {

  public static final String UNIT = "TEST-UNIT";
  public static final int UNIT_PRICE = 1_000;

  private QuoteInputs() {}

  /** One line of {@value #UNIT} worth {@code listValue} at catalogue prices, with prepayment. */
  public static Map<String, Object> worth(int listValue, double discountPercent) {
    if (listValue % UNIT_PRICE != 0) {
      throw new IllegalArgumentException("list value must be a multiple of " + UNIT_PRICE);
    }
    return lines("""
        [{"product": "%s", "quantity": %d, "discountPercent": %s}]"""
        .formatted(UNIT, listValue / UNIT_PRICE, discountPercent), "PREPAYMENT");
  }

  /** Line items as the dynamic list submits them (JSON), with these payment terms. */
  public static Map<String, Object> lines(String lineItemsJson, String paymentTerms) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("lineItems", SpinValues.jsonValue(lineItemsJson).create());
    variables.put("paymentTerms", paymentTerms);
    variables.put("quoteValidityDays", 30);
    return variables;
  }
}
