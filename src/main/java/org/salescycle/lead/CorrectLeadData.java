package org.salescycle.lead;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.process.JsonVariables;
import org.salescycle.shared.Caller;
import org.salescycle.shared.InvalidField;
import org.springframework.stereotype.Component;

/**
 * Runs when "Qualify lead" completes: refuses to qualify a lead without confirmed interest
 * ({@link ConfirmedInterest}) and records the rep's own reason when she decides otherwise than
 * the rules ({@link QualificationReason}). With the decision {@value #DECISION} it applies the
 * corrected data the rep (or the lead API) sent in the variable {@value #CORRECTION}
 * ({@link LeadCorrections}, audited), then the model assesses the lead again. Empty fields keep
 * their value.
 */
@Component("correctLeadData")
public class CorrectLeadData implements TaskListener {

  public static final String DECISION = "CORRECT";
  public static final String CORRECTION = "correction";
  public static final String REASON = "reason";

  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  private final LeadCorrections corrections;

  public CorrectLeadData(LeadCorrections corrections) {
    this.corrections = corrections;
  }

  @Override
  public void notify(DelegateTask task) {
    ConfirmedInterest.require(task);
    QualificationReason.record(task);
    if (!DECISION.equals(task.getVariable("qualificationDecision"))) {
      return;
    }
    Map<String, Object> sent;
    try {
      sent = JsonVariables.read(task.getExecution(), CORRECTION, OBJECT);
    } catch (IllegalArgumentException unreadable) {
      throw new InvalidLeadException(List.of(new InvalidField(CORRECTION,
          "must be JSON: the corrected fields and a reason")));
    }
    Map<String, Object> corrected = new HashMap<>();
    if (sent != null) {
      sent.forEach((field, value) -> {
        if (value != null && !"".equals(value) && !REASON.equals(field)) {
          corrected.put(field, value);
        }
      });
    }
    Object reason = sent == null ? null : sent.get(REASON);
    corrections.apply(task.getExecution(), corrected, reason == null ? null : reason.toString(),
        Caller.userIdOf(task.getExecution()), ClockUtil.getCurrentTime().toInstant());
    task.getExecution().removeVariable(CORRECTION);
  }
}
