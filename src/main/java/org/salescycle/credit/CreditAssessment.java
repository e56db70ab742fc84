package org.salescycle.credit;

import java.math.BigDecimal;

/**
 * A bureau's answer: approved with a limit, declined, or referred to a person because something it
 * needs is missing or unknown; each with a reason.
 */
public record CreditAssessment(Outcome outcome, BigDecimal limit, String reason) {

  public enum Outcome { APPROVED, DECLINED, REFERRED }

  public static CreditAssessment approved(BigDecimal limit, String reason) {
    return new CreditAssessment(Outcome.APPROVED, limit, reason);
  }

  public static CreditAssessment declined(String reason) {
    return new CreditAssessment(Outcome.DECLINED, BigDecimal.ZERO, reason);
  }

  /** Neither approved nor declined: a manager decides, told why by the reason. */
  public static CreditAssessment referred(String reason) {
    return new CreditAssessment(Outcome.REFERRED, BigDecimal.ZERO, reason);
  }

  public boolean approved() {
    return outcome == Outcome.APPROVED;
  }
}
