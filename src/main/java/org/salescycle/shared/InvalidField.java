package org.salescycle.shared;

/** One field of a lead that breaks a rule, with what the rule expects. */
public record InvalidField(String field, String message) {

  @Override
  public String toString() {
    return field + " " + message;
  }
}
