package org.salescycle.process;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Registers the {@link OverdueReviewsParseListener} with the process engine. */
@Component
class OverdueReviewsPlugin extends AbstractProcessEnginePlugin {

  private final SalesCycleProperties properties;

  OverdueReviewsPlugin(SalesCycleProperties properties) {
    this.properties = properties;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners()
        .add(new OverdueReviewsParseListener(properties.overdueGrace()));
  }
}
