package org.salescycle.engine;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.stereotype.Component;

/**
 * The engine logs a command's failure as an ERROR with its stack trace, unless the failure itself
 * is the user's fault (a BadUserRequestException, which it logs at DEBUG). A refusal thrown by a
 * listener or delegate (a lead or a quote that breaks the rules) reaches it wrapped in a
 * ProcessEngineException, so a rep's typing mistake filled the log with errors. This treats a
 * failure caused by a BadUserRequestException as the user's fault too; every other failure is
 * still an ERROR.
 */
@Component
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
