package org.salescycle.credit;

import java.math.BigDecimal;

/** A bureau's answer: approved with a limit, or declined with a reason. */
public record CreditAssessment(boolean approved, BigDecimal limit, String reason) {

  public static CreditAssessment approved(BigDecimal limit, String reason) {
    return new CreditAssessment(true, limit, reason);
  }

  public static CreditAssessment declined(String reason) {
    return new CreditAssessment(false, BigDecimal.ZERO, reason);
  }
}
