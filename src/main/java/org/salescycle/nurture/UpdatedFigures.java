package org.salescycle.nurture;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.salescycle.lead.LeadCorrections;
import org.springframework.stereotype.Component;

/**
 * Takes the figures a nurtured lead gives again, from "Update lead figures" in Tasklist or from
 * {@code PUT /api/leads/{id}/figures}: checked by the lead rules, written to the lead's instance
 * and row, and recorded like a correction (who, when, each change from and to), which the lead's
 * timeline shows. The next "Assess lead" reads them.
 */
@Component
public class UpdatedFigures {

  private final LeadCorrections corrections;

  public UpdatedFigures(LeadCorrections corrections) {
    this.corrections = corrections;
  }

  /**
   * @param figures the figures given, by variable name; absent ones keep their value
   * @param before each figure's value before the update
   * @throws org.salescycle.lead.InvalidLeadException naming every field that breaks a rule
   */
  public List<LeadCorrections.Change> record(DelegateExecution lead, Map<String, Object> figures,
      String note, String user, Instant at, Function<String, Object> before) {
    List<LeadCorrections.Change> changes =
        corrections.updateFigures(lead, figures, note, user, at, before);
    lead.removeVariable(Nurture.FIGURES);
    return changes;
  }
}
