package org.salescycle.lead;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.salescycle.shared.InvalidField;

/**
 * A lead is qualified only when the rep confirmed its interest at "Qualify lead" ({@value
 * #INTEREST_CONFIRMED}): whatever the rules recommend, a company that has not shown interest is
 * nurtured or disqualified, never sent to a discovery dialogue.
 */
public final class ConfirmedInterest {

  public static final String INTEREST_CONFIRMED = "interestConfirmed";
  static final String QUALIFY = "QUALIFY";
  public static final String REFUSAL = "A lead is qualified only with confirmed interest: confirm the "
      + "interest, or choose Nurture or Disqualify";

  private ConfirmedInterest() {}

  /** Refuses the decision QUALIFY unless the interest is confirmed. */
  static void require(DelegateTask task) {
    if (QUALIFY.equals(task.getVariable(QualificationReason.DECISION))
        && !Boolean.TRUE.equals(task.getVariable(INTEREST_CONFIRMED))) {
      throw new InvalidLeadException(List.of(new InvalidField(INTEREST_CONFIRMED, REFUSAL)));
    }
  }
}
