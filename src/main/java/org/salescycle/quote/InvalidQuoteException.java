package org.salescycle.quote;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.salescycle.shared.InvalidField;

/**
 * The rep's quote breaks a rule. Thrown while "Prepare quote" completes, so the task stays open;
 * the engine's REST API answers 400 with this message, which Tasklist shows.
 */
public class InvalidQuoteException extends BadUserRequestException {

  private final transient List<InvalidField> errors;

  public InvalidQuoteException(List<InvalidField> errors) {
    super("The quote cannot be prepared: " + errors.stream().map(InvalidField::toString)
        .collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<InvalidField> errors() {
    return errors;
  }
}
