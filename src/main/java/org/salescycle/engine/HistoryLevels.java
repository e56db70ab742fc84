package org.salescycle.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.stereotype.Component;

/**
 * Makes {@link FullHistoryWithoutVariableUpdates} available to {@code camunda.bpm.history-level}
 * beside the engine's own levels, so that the application can ship it; the switch is that
 * property itself ({@code full} keeps every value again), so this registration always runs.
 */
@Component
class HistoryLevels extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> custom = configuration.getCustomHistoryLevels() == null
        ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomHistoryLevels());
    custom.add(new FullHistoryWithoutVariableUpdates());
    configuration.setCustomHistoryLevels(custom);
  }
}
