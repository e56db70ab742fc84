package org.salescycle.nurture;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.lead.LeadCorrections;
import org.salescycle.process.JsonVariables;
import org.salescycle.shared.Caller;
import org.springframework.stereotype.Component;

/**
 * Runs when "Update lead figures" completes: the rep's answers are the lead's new figures
 * ({@link UpdatedFigures}), recorded as changes from the figures the lead went into nurture with.
 * The rep's note ({@value #NOTE}) is one of the lead's notes (lead.TaskNotes takes it as the step
 * completes). A figure that breaks the lead rules refuses the step, naming it.
 */
@Component("leadFigures")
public class UpdateLeadFiguresStep implements TaskListener {

  public static final String NOTE = "figuresNote";

  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  private final UpdatedFigures updated;

  public UpdateLeadFiguresStep(UpdatedFigures updated) {
    this.updated = updated;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution lead = task.getExecution();
    Map<String, Object> figures = new HashMap<>();
    for (String name : LeadCorrections.FIGURES) {
      Object value = task.getVariable(name);
      if (value != null && !"".equals(value)) {
        figures.put(name, value);
      }
    }
    updated.record(lead, figures, null, Caller.userIdOf(lead),
        ClockUtil.getCurrentTime().toInstant(), figuresBefore(lead));
  }

  /**
   * The figures the lead went into nurture with; a lead nurtured before they were kept has only
   * its variables, which already hold the answers.
   */
  private static Function<String, Object> figuresBefore(DelegateExecution lead) {
    Map<String, Object> kept;
    try {
      kept = JsonVariables.read(lead, Nurture.FIGURES, OBJECT);
    } catch (IllegalArgumentException unreadable) {
      kept = null;
    }
    Map<String, Object> before = kept;
    return before == null ? lead::getVariable : before::get;
  }
}
