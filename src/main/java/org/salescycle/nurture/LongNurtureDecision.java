package org.salescycle.nurture;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.salescycle.lead.InvalidLeadException;
import org.salescycle.shared.InvalidField;
import org.springframework.stereotype.Component;

/**
 * Runs when "Decide on long-nurtured lead" completes: the manager keeps nurturing the lead
 * ({@value #KEEP}) or closes it ({@value #CLOSE}) with a reason, which the lead's stage history
 * keeps as why it was lost. Refused, naming the answer, otherwise.
 */
@Component("longNurtureDecision")
public class LongNurtureDecision implements TaskListener {

  public static final String DECISION = "nurtureDecision";
  public static final String CLOSE_REASON = "nurtureCloseReason";
  public static final String KEEP = "KEEP_NURTURING";
  public static final String CLOSE = "CLOSE";
  static final int REASON_LENGTH = 255;

  private static final Set<String> DECISIONS = Set.of(KEEP, CLOSE);

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(DECISION);
    Object reason = task.getVariable(CLOSE_REASON);
    List<InvalidField> errors = new ArrayList<>();
    if (decision == null || !DECISIONS.contains(decision.toString())) {
      errors.add(new InvalidField(DECISION, "must be keep nurturing or close"));
    } else if (CLOSE.equals(decision)
        && (!(reason instanceof String text) || text.isBlank())) {
      errors.add(new InvalidField(CLOSE_REASON, "is required: say why the lead is closed"));
    }
    if (reason != null && reason.toString().length() > REASON_LENGTH) {
      errors.add(new InvalidField(CLOSE_REASON,
          "must be at most " + REASON_LENGTH + " characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidLeadException(errors);
    }
    if (CLOSE.equals(decision)) {
      task.getExecution().setVariable(CLOSE_REASON, reason.toString().trim());
    } else {
      task.getExecution().removeVariable(CLOSE_REASON);
    }
  }
}
