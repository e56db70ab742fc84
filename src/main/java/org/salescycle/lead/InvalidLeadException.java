package org.salescycle.lead;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.salescycle.shared.InvalidField;

/**
 * A lead whose data breaks the {@link LeadRules}; nothing of it is kept. The sender's fault, so
 * the engine's REST API answers it with 400.
 */
public class InvalidLeadException extends BadUserRequestException {

  private final List<InvalidField> errors;

  public InvalidLeadException(List<InvalidField> errors) {
    super("Invalid lead: " + errors.stream().map(InvalidField::toString)
        .collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<InvalidField> errors() {
    return errors;
  }

  /**
   * The refusal among the causes of a failure: the engine wraps what a task listener throws
   * (e.g. a refused correction in "Qualify lead").
   */
  public static Optional<InvalidLeadException> causing(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidLeadException invalid) {
        return Optional.of(invalid);
      }
    }
    return Optional.empty();
  }
}
