package org.salescycle.quote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.salescycle.catalogue.Product;
import org.salescycle.shared.InvalidField;
import org.salescycle.words.Amounts;

/**
 * Turns what the rep entered into a {@link Quote}, or names every field that breaks a rule:
 * products must be active catalogue products in the quote's currency, quantities whole and
 * positive, discounts below 100% with at most two decimals, payment terms within what the credit
 * decision allows, validity between a day and a year.
 */
final class QuoteRules {

  static final int MAX_LINES = 50;
  static final int MAX_QUANTITY = 1_000_000;
  static final int MAX_VALIDITY_DAYS = 365;

  /**
   * @param creditTerms the terms a credit review imposed, or null
   * @param creditLimit the approved credit limit, or null when none was set
   */
  record Context(Currency currency, BigDecimal taxRate, int defaultValidityDays,
      String creditTerms, BigDecimal creditLimit) {}

  private QuoteRules() {}

  static Quote check(QuoteInput input, Function<List<String>, List<Product>> catalogue,
      Context context, Quote.Header header) {
    List<InvalidField> errors = new ArrayList<>();
    List<QuoteLine> lines = lines(input, catalogue, context.currency(), errors);
    PaymentTerms terms = paymentTerms(input.paymentTerms(), context, errors);
    int validity = validityDays(input.validityDays(), context.defaultValidityDays(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidQuoteException(errors);
    }
    Quote quote = header.quote(context.currency(), lines, context.taxRate(), terms, validity);
    BigDecimal onCredit = terms.amountOnCredit(quote.grossTotal());
    if (context.creditLimit() != null && onCredit.compareTo(context.creditLimit()) > 0) {
      throw new InvalidQuoteException(List.of(new InvalidField(QuoteInput.PAYMENT_TERMS,
          "%s leaves %s to be paid after delivery, above the approved credit limit of %s"
              .formatted(terms.description(), Amounts.format(onCredit, quote.currency()),
                  Amounts.format(context.creditLimit(), quote.currency())))));
    }
    return quote;
  }

  private static List<QuoteLine> lines(QuoteInput input,
      Function<List<String>, List<Product>> catalogue, Currency currency,
      List<InvalidField> errors) {
    List<Map<String, Object>> items = input.lineItems();
    if (items == null || items.isEmpty()) {
      errors.add(new InvalidField(QuoteInput.LINE_ITEMS, "needs at least one product"));
      return List.of();
    }
    if (items.size() > MAX_LINES) {
      errors.add(new InvalidField(QuoteInput.LINE_ITEMS, "may have at most " + MAX_LINES + " lines"));
      return List.of();
    }
    List<String> codes = items.stream().map(item -> text(item.get(QuoteInput.PRODUCT)))
        .filter(Objects::nonNull).distinct().toList();
    Map<String, Product> products = catalogue.apply(codes).stream()
        .collect(Collectors.toMap(Product::code, Function.identity()));
    List<QuoteLine> lines = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String field = input.lineField(i) + ".";
      Map<String, Object> item = items.get(i);
      Product product = product(text(item.get(QuoteInput.PRODUCT)), products, currency,
          field + QuoteInput.PRODUCT, errors);
      Integer quantity = quantity(item.get(QuoteInput.QUANTITY), field + QuoteInput.QUANTITY,
          errors);
      BigDecimal discount = discount(item.get(QuoteInput.DISCOUNT), field + QuoteInput.DISCOUNT,
          errors);
      if (product != null && quantity != null && discount != null) {
        lines.add(QuoteLine.of(product.code(), product.name(), quantity, product.unitPrice(),
            discount, currency));
      }
    }
    return lines;
  }

  private static Product product(String code, Map<String, Product> products, Currency currency,
      String field, List<InvalidField> errors) {
    if (code == null) {
      errors.add(new InvalidField(field, "is required"));
      return null;
    }
    Product product = products.get(code);
    if (product == null) {
      errors.add(new InvalidField(field, "'%s' is not an active product of the catalogue"
          .formatted(code)));
      return null;
    }
    if (!product.currency().equals(currency.getCurrencyCode())) {
      errors.add(new InvalidField(field, "'%s' is priced in %s, the quote is in %s"
          .formatted(code, product.currency(), currency)));
      return null;
    }
    return product;
  }

  private static Integer quantity(Object value, String field, List<InvalidField> errors) {
    BigDecimal quantity = number(value);
    if (quantity == null || quantity.stripTrailingZeros().scale() > 0
        || quantity.compareTo(BigDecimal.ONE) < 0
        || quantity.compareTo(BigDecimal.valueOf(MAX_QUANTITY)) > 0) {
      errors.add(new InvalidField(field,
          "must be a whole number from 1 to " + MAX_QUANTITY + (value == null ? "" : ", was " + value)));
      return null;
    }
    return quantity.intValueExact();
  }

  private static BigDecimal discount(Object value, String field, List<InvalidField> errors) {
    if (value == null || value.toString().isBlank()) {
      return BigDecimal.ZERO;
    }
    BigDecimal discount = number(value);
    if (discount == null || discount.signum() < 0 || discount.compareTo(QuoteLine.HUNDRED) >= 0
        || discount.stripTrailingZeros().scale() > 2) {
      errors.add(new InvalidField(field,
          "must be a percentage from 0 to below 100 with at most two decimals, was " + value));
      return null;
    }
    return discount;
  }

  private static PaymentTerms paymentTerms(Object value, Context context,
      List<InvalidField> errors) {
    List<PaymentTerms> allowed = PaymentTerms.allowedBy(context.creditTerms());
    String name = text(value);
    PaymentTerms terms = allowed.stream().filter(t -> t.name().equals(name)).findFirst()
        .orElse(null);
    if (terms == null) {
      errors.add(new InvalidField(QuoteInput.PAYMENT_TERMS, (name == null ? "is required"
          : "'%s' is not allowed".formatted(name)) + "; the credit decision allows " + allowed));
    }
    return terms;
  }

  private static int validityDays(Object value, int fallback, List<InvalidField> errors) {
    if (value == null || value.toString().isBlank()) {
      return fallback;
    }
    BigDecimal days = number(value);
    if (days == null || days.stripTrailingZeros().scale() > 0 || days.signum() <= 0
        || days.compareTo(BigDecimal.valueOf(MAX_VALIDITY_DAYS)) > 0) {
      errors.add(new InvalidField(QuoteInput.VALIDITY_DAYS,
          "must be a whole number of days from 1 to " + MAX_VALIDITY_DAYS + ", was " + value));
      return fallback;
    }
    return days.intValueExact();
  }

  private static BigDecimal number(Object value) {
    if (value instanceof Number || value instanceof String) {
      try {
        return new BigDecimal(value.toString().trim());
      } catch (NumberFormatException notANumber) {
        return null;
      }
    }
    return null;
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
