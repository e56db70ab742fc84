package org.salescycle.stage;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Registers the stage tracking parse listener with the process engine. */
@Component
class StageTrackingPlugin extends AbstractProcessEnginePlugin {

  private final StageHistory history;
  private final List<StageObserver> observers;

  StageTrackingPlugin(StageHistory history, List<StageObserver> observers) {
    this.history = history;
    this.observers = observers;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new StageTrackingParseListener(history, observers));
  }
}
