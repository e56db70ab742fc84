package org.salescycle.benchmark.bare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The bare engine's service tasks: the engine's cost of a step, without the step's work. */
public class NoOpDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    // nothing: the baseline measures the engine, not the work
  }
}
