package org.salescycle.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** One revision of a quote sent to a prospect. Amounts carry two decimals in {@code currency}. */
public record Quote(
    String processInstanceId,
    int revision,
    String number,
    BigDecimal amount,
    BigDecimal discountPercent,
    BigDecimal netAmount,
    String currency,
    Instant issuedAt,
    Instant validUntil) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The amount after discount, rounded half-up to cents. */
  public static BigDecimal netAmount(BigDecimal amount, BigDecimal discountPercent) {
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException("Quote amount must be positive, was " + amount);
    }
    if (discountPercent.signum() < 0 || discountPercent.compareTo(HUNDRED) >= 0) {
      throw new IllegalArgumentException(
          "Discount must be at least 0 and below 100 percent, was " + discountPercent);
    }
    BigDecimal factor = HUNDRED.subtract(discountPercent).divide(HUNDRED);
    return amount.multiply(factor).setScale(2, RoundingMode.HALF_UP);
  }
}
