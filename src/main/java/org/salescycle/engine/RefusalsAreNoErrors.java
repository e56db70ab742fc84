package org.salescycle.engine;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Logs a command's failure caused by a {@link BadUserRequestException} at DEBUG, as the engine
 * logs that exception itself, because a refusal thrown by a listener or delegate (a lead or a
 * quote that breaks the rules) reaches the engine wrapped in another exception and would be logged
 * as an ERROR with its stack trace; {@code sales-cycle.engine.refusals-are-no-errors=false} leaves
 * the engine's logging. Every other failure is still an ERROR.
 */
@Component
@ConditionalOnProperty(name = "sales-cycle.engine.refusals-are-no-errors", matchIfMissing = true)
class RefusalsAreNoErrors extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandContextFactory factory = new CommandContextFactory() {
      @Override
      public CommandContext createCommandContext() {
        return new CommandContext(processEngineConfiguration) {
          @Override
          protected boolean shouldLogFine(Throwable failure) {
            return super.shouldLogFine(failure) || causedByUser(failure);
          }
        };
      }
    };
    // the engine hands itself only to a factory it creates
    factory.setProcessEngineConfiguration(configuration);
    configuration.setCommandContextFactory(factory);
  }

  static boolean causedByUser(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException) {
        return true;
      }
    }
    return false;
  }
}
