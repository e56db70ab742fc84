package org.salescycle.integrity;

import jakarta.ws.rs.core.Response.Status;
import java.util.Collection;
import java.util.TreeSet;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * A task completion, form submission or process start that carried variables the step does not
 * ask for. A user's mistake, so the engine REST API and Tasklist's API answer 400 with this
 * message: their resources turn the engine's own exceptions into 500 on a process start, but keep
 * the status of a REST exception, which this is.
 */
public class RefusedAnswersException extends InvalidRequestException {

  private final Collection<String> refused;

  RefusedAnswersException(String action, Collection<String> refused, Collection<String> answers) {
    super(Status.BAD_REQUEST, "%s may not set %s: it takes only its own answers (%s)".formatted(action,
        String.join(", ", new TreeSet<>(refused)),
        answers.isEmpty() ? "none" : String.join(", ", new TreeSet<>(answers))));
    this.refused = new TreeSet<>(refused);
  }

  public Collection<String> refused() {
    return refused;
  }
}
