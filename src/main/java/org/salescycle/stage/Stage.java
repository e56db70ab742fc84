package org.salescycle.stage;

/**
 * Where in the sales cycle a lead stands. The model names these in its "stage" extension
 * properties. The funnel stages have a column in the lead table for when the lead first reached
 * them; the outcomes end a lead.
 */
public enum Stage {
  LEAD("lead_at", false),
  QUALIFYING("qualifying_at", false),
  NURTURE(null, false),
  PROSPECT("prospect_at", false),
  EVALUATION("evaluation_at", false),
  PROPOSAL("proposal_at", false),
  WON("won_at", true),
  LOST(null, true),
  DISQUALIFIED(null, true);

  private final String reachedColumn;
  private final boolean outcome;

  Stage(String reachedColumn, boolean outcome) {
    this.reachedColumn = reachedColumn;
    this.outcome = outcome;
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
