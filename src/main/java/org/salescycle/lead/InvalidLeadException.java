package org.salescycle.lead;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;

/** A lead whose data breaks the rules in {@link LeadDataCheck}; nothing of it is kept. */
public class InvalidLeadException extends ProcessEngineException {

  private final List<String> errors;

  public InvalidLeadException(List<String> errors) {
    super("Invalid lead: " + String.join("; ", errors));
    this.errors = List.copyOf(errors);
  }

  /** One message per field, each starting with the variable's name. */
  public List<String> errors() {
    return errors;
  }
}
