package org.salescycle.lead;

import java.util.List;

/**
 * The free-text notes people write in task forms. When a task completes, {@link TaskNotes} moves
 * each one to the lead's notes (table lead_note, shown in the lead's timeline) and out of the
 * process; {@link KeptOutOfHistory} keeps them out of the engine's history. A form field added for
 * a note is added here, and only here.
 *
 * <p>Reasons the process decides or records by (lostReason, qualificationReason and its
 * ownQualificationReason, urgencyReason, withdrawalReason) are no notes: the model's gateways,
 * end events and stage history read them.
 */
public final class NoteFields {

  public static final List<String> NAMES = List.of(
      "dialogueNotes",
      "demoFeedback",
      "demoCancelReason",
      "stalledReviewNote",
      "discountComment",
      "figuresNote");

  /** The longest note kept; a longer one is refused with the form's answer. */
  public static final int MAX_LENGTH = 10_000;

  private NoteFields() {}
}
