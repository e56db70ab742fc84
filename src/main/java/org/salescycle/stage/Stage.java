package org.salescycle.stage;

/**
 * Where in the sales cycle a lead stands. The model names these in its "stage" extension
 * properties. The funnel stages have a column in the lead table for when the lead first reached
 * them; the outcomes end a lead.
 */
public enum Stage {
  LEAD("Lead", "lead_at", false),
  QUALIFYING("Qualifying", "qualifying_at", false),
  NURTURE("Nurture", null, false),
  PROSPECT("Prospect", "prospect_at", false),
  EVALUATION("Evaluation", "evaluation_at", false),
  PROPOSAL("Proposal", "proposal_at", false),
  WON("Won", "won_at", true),
  LOST("Lost", null, true),
  DISQUALIFIED("Disqualified", null, true);

  private final String label;
  private final String reachedColumn;
  private final boolean outcome;

  Stage(String label, String reachedColumn, boolean outcome) {
    this.label = label;
    this.reachedColumn = reachedColumn;
    this.outcome = outcome;
  }

  /** The stage in words, as reps and managers read it. */
  public String label() {
    return label;
  }

  /** The lead table's column for when a lead first reached this stage, or null. */
  public String reachedColumn() {
    return reachedColumn;
  }

  public boolean isOutcome() {
    return outcome;
  }

  static Stage fromModel(String value, String elementId) {
    try {
      return Stage.valueOf(value.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Element '%s' declares unknown stage '%s'; use one of %s"
              .formatted(elementId, value, java.util.Arrays.toString(values())),
          e);
    }
  }
}
