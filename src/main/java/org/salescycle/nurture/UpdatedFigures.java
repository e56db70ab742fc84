package org.salescycle.nurture;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.salescycle.lead.InvalidLeadException;
import org.salescycle.lead.LeadCorrections;
import org.salescycle.lead.LeadNote;
import org.salescycle.lead.LeadNotes;
import org.salescycle.lead.LeadVariables;
import org.salescycle.lead.NoteFields;
import org.salescycle.shared.InvalidField;
import org.springframework.stereotype.Component;

/**
 * Takes the figures a nurtured lead gives again, from "Update lead figures" in Tasklist or from
 * {@code PUT /api/leads/{id}/figures}: checked by the lead rules, written to the lead's instance
 * and row, and recorded like a correction (who, when, each change from and to), which the lead's
 * timeline shows; a note on them is one of the lead's notes, as the step's own note
 * ({@value UpdateLeadFiguresStep#NOTE}) is. The next "Assess lead" reads them.
 */
@Component
public class UpdatedFigures {

  /** The step the figures belong to, as notes name it. */
  static final String STEP = "Update lead figures";

  private final LeadCorrections corrections;
  private final LeadNotes notes;

  public UpdatedFigures(LeadCorrections corrections, LeadNotes notes) {
    this.corrections = corrections;
    this.notes = notes;
  }

  /**
   * @param figures the figures given, by variable name; absent ones keep their value
   * @param note what the sender says about them (null: nothing; the step's form note is taken as
   *     the lead's note when the step completes)
   * @param before each figure's value before the update
   * @throws InvalidLeadException naming every field that breaks a rule
   */
  public List<LeadCorrections.Change> record(DelegateExecution lead, Map<String, Object> figures,
      String note, String user, Instant at, Function<String, Object> before) {
    String text = note == null ? "" : note.strip();
    if (text.length() > NoteFields.MAX_LENGTH) {
      throw new InvalidLeadException(List.of(new InvalidField("note",
          "must be at most " + NoteFields.MAX_LENGTH + " characters")));
    }
    List<LeadCorrections.Change> changes =
        corrections.updateFigures(lead, figures, user, at, before);
    if (!text.isEmpty()) {
      notes.add((String) lead.getVariable(LeadVariables.LEAD_ID),
          new LeadNote(at, STEP, UpdateLeadFiguresStep.NOTE, user, text));
    }
    lead.removeVariable(Nurture.FIGURES);
    return changes;
  }
}
