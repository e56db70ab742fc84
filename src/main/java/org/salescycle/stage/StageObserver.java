package org.salescycle.stage;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Told of every stage change of a lead, in the transaction of the step that caused it, after the
 * stage history has it. Beans implementing it are found by the stage tracking.
 */
public interface StageObserver {

  void entered(DelegateExecution processInstance, Stage stage);
}
