package org.salescycle.stage;

/** Where in the sales cycle a lead stands. The model names these in its "stage" extension properties. */
public enum Stage {
  LEAD,
  QUALIFYING,
  NURTURE,
  PROSPECT,
  EVALUATION,
  PROPOSAL,
  WON,
  LOST,
  DISQUALIFIED;

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
