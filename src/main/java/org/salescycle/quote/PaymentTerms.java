package org.salescycle.quote;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * How the customer pays a quote. Which terms a rep may offer depends on the credit decision: the
 * terms a credit review imposed are the most generous allowed, and whatever the customer pays
 * after delivery must fit within the approved credit limit.
 */
public enum PaymentTerms {
  PREPAYMENT("Full prepayment before delivery", BigDecimal.ZERO),
  PARTIAL_PREPAYMENT("50% prepayment, the rest within 14 days of delivery", new BigDecimal("0.5")),
  NET_14("Payment within 14 days of delivery", BigDecimal.ONE),
  NET_30("Payment within 30 days of delivery", BigDecimal.ONE),
  NET_60("Payment within 60 days of delivery", BigDecimal.ONE);

  private final String description;
  private final BigDecimal shareOnCredit;

  PaymentTerms(String description, BigDecimal shareOnCredit) {
    this.description = description;
    this.shareOnCredit = shareOnCredit;
  }

  public String description() {
    return description;
  }

  /** The terms allowed by the credit review's terms (null when the credit was approved as is). */
  public static List<PaymentTerms> allowedBy(String creditTerms) {
    PaymentTerms mostGenerous = creditTerms == null || creditTerms.isBlank()
        ? NET_60
        : switch (creditTerms) {
          case "PREPAYMENT" -> PREPAYMENT;
          case "PARTIAL_PREPAYMENT" -> PARTIAL_PREPAYMENT;
          case "SHORT_PAYMENT_TERMS" -> NET_14;
          default -> PREPAYMENT;
        };
    return Arrays.stream(values()).filter(terms -> terms.ordinal() <= mostGenerous.ordinal())
        .toList();
  }

  /** The part of {@code total} the customer owes after delivery under these terms. */
  public BigDecimal amountOnCredit(BigDecimal total) {
    return total.multiply(shareOnCredit);
  }
}
