package org.salescycle.integrity;

import java.util.Collection;
import java.util.TreeSet;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A task completion, form submission or process start that carried variables the step does not
 * ask for. A user's mistake: the engine REST API and Tasklist's API answer 400 with this message
 * (see api.BadUserRequestAnswer).
 */
public class RefusedAnswersException extends BadUserRequestException {

  private final Collection<String> refused;

  RefusedAnswersException(String action, Collection<String> refused, Collection<String> answers) {
    super("%s may not set %s: it takes only its own answers (%s)".formatted(action,
        String.join(", ", new TreeSet<>(refused)),
        answers.isEmpty() ? "none" : String.join(", ", new TreeSet<>(answers))));
    this.refused = new TreeSet<>(refused);
  }

  public Collection<String> refused() {
    return refused;
  }
}
