package org.salescycle.lead;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.salescycle.shared.InvalidField;

/**
 * The reason recorded with a lead's qualification decision ({@value #REASON}, which the lead's
 * stage history keeps when the lead is disqualified). The rules' assessment fills it with their
 * own reason. A rep who follows the rules may keep or reword it; a rep who decides otherwise (or
 * decides a lead the rules left to her) must give her own, in {@value #OWN_REASON}: the rules'
 * reason would explain a decision she did not take.
 */
final class QualificationReason {

  static final String DECISION = "qualificationDecision";
  static final String REASON = "qualificationReason";
  static final String OWN_REASON = "ownQualificationReason";
  static final String RECOMMENDATION = "recommendation";
  static final String RULES_REASON = "recommendationReason";
  static final int MAX_LENGTH = 255;

  private static final Set<String> DECISIONS = Set.of("QUALIFY", "NURTURE", "DISQUALIFY");

  private QualificationReason() {}

  /** Records the rep's reason when "Qualify lead" completes; refuses a decision without one. */
  static void record(DelegateTask task) {
    Object decision = task.getVariable(DECISION);
    String own = text(task.getVariable(OWN_REASON));
    task.getExecution().removeVariable(OWN_REASON);
    if (decision == null || !DECISIONS.contains(decision.toString())) {
      return;
    }
    Object recommendation = task.getVariable(RECOMMENDATION);
    if (decision.equals(recommendation)) {
      return;
    }
    String recorded = own != null ? own : text(task.getVariable(REASON));
    if (recorded == null || recorded.equals(text(task.getVariable(RULES_REASON)))) {
      throw new InvalidLeadException(List.of(new InvalidField(OWN_REASON,
          "is required: say why you decide otherwise than the rules")));
    }
    if (recorded.length() > MAX_LENGTH) {
      throw new InvalidLeadException(List.of(new InvalidField(OWN_REASON,
          "must be at most " + MAX_LENGTH + " characters")));
    }
    task.getExecution().setVariable(REASON, recorded);
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
