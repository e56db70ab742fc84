package org.salescycle.numbering;

/** What a number is for; its prefix tells a reader which kind of number it is. */
public enum NumberKind {
  QUOTE("Q"),
  LEAD("L");

  private final String prefix;

  NumberKind(String prefix) {
    this.prefix = prefix;
  }

  /** The number as people see it: prefix, year and the place in that year, e.g. Q-2026-00042. */
  String format(int year, int sequence) {
    return "%s-%d-%05d".formatted(prefix, year, sequence);
  }
}
