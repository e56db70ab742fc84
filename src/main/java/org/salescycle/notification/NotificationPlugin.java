package org.salescycle.notification;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Registers the notification hooks with the process engine. The notifications themselves need the
 * engine's identity service, so they are looked up when the engine first calls them.
 */
@Component
class NotificationPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<TaskNotifications> taskNotifications;
  private final ObjectProvider<QuoteOutcomeNotifications> quoteOutcomes;

  NotificationPlugin(ObjectProvider<TaskNotifications> taskNotifications,
      ObjectProvider<QuoteOutcomeNotifications> quoteOutcomes) {
    this.taskNotifications = taskNotifications;
    this.quoteOutcomes = quoteOutcomes;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners()
        .add(new NotificationParseListener(quoteOutcomes::getObject));
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new TaskEvents.Factory(taskNotifications::getObject));
  }
}
