package org.salescycle.lead;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;

/** A lead whose data breaks the {@link LeadRules}; nothing of it is kept. */
public class InvalidLeadException extends ProcessEngineException {

  private final List<InvalidField> errors;

  public InvalidLeadException(List<InvalidField> errors) {
    super("Invalid lead: " + errors.stream().map(InvalidField::toString)
        .collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<InvalidField> errors() {
    return errors;
  }
}
