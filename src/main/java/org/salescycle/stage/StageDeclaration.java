package org.salescycle.stage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;

/**
 * What a model element declares about stages: the stage it begins and, optionally, why (a fixed
 * text such as QUOTE_EXPIRED or an expression such as ${lostReason}).
 */
record StageDeclaration(Stage stage, Expression reason) {

  String reasonFor(DelegateExecution execution) {
    if (reason == null) {
      return null;
    }
    Object value = reason.getValue(execution);
    return value == null ? null : value.toString();
  }
}
