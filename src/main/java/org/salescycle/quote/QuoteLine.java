package org.salescycle.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * One line of a quote: a product from the catalogue at the unit price it had when the quote was
 * prepared, a quantity and the rep's discount on that line. The net amount is rounded half-up to
 * the currency's smallest unit, once per line.
 */
public record QuoteLine(
    String productCode,
    String productName,
    int quantity,
    BigDecimal unitPrice,
    BigDecimal discountPercent,
    BigDecimal netAmount) {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public static QuoteLine of(String productCode, String productName, int quantity,
      BigDecimal unitPrice, BigDecimal discountPercent, Currency currency) {
    if (quantity <= 0) {
      throw new IllegalArgumentException("Quantity must be positive, was " + quantity);
    }
    if (discountPercent.signum() < 0 || discountPercent.compareTo(HUNDRED) >= 0) {
      throw new IllegalArgumentException(
          "Discount must be at least 0 and below 100 percent, was " + discountPercent);
    }
    BigDecimal list = unitPrice.multiply(BigDecimal.valueOf(quantity));
    BigDecimal net = list.multiply(HUNDRED.subtract(discountPercent))
        .divide(HUNDRED)
        .setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP);
    return new QuoteLine(productCode, productName, quantity, unitPrice, discountPercent, net);
  }

  /** Quantity times unit price, before the discount. */
  public BigDecimal listAmount() {
    return unitPrice.multiply(BigDecimal.valueOf(quantity));
  }
}
