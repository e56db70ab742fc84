package org.salescycle.stage;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Registers the stage tracking parse listener with the process engine. */
@Component
class StageTrackingPlugin extends AbstractProcessEnginePlugin {

  private final StageHistory history;

  StageTrackingPlugin(StageHistory history) {
    this.history = history;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new StageTrackingParseListener(history));
  }
}
