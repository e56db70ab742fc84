package org.salescycle.engine;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Gives the engine's decision tables the {@link PreparedFeelEngine}. Left out when the legacy
 * FEEL behaviour (Camunda's JUEL-based evaluator) is switched on, or a DMN engine configuration
 * is already set, and with {@code sales-cycle.decisions.prepared-feel=false}, which leaves
 * Camunda's own FEEL engine in place (to rule it out when a decision surprises, and to measure).
 */
@Component
@ConditionalOnProperty(name = "sales-cycle.decisions.prepared-feel", matchIfMissing = true)
class PreparedFeel extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.isDmnFeelEnableLegacyBehavior()
        || configuration.getDmnEngineConfiguration() != null) {
      return;
    }
    var dmn = (DefaultDmnEngineConfiguration)
        DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    // The engine adds its custom function providers to this configuration before the DMN engine
    // asks the factory for its FEEL engine, so they are read then, not now.
    dmn.setFeelEngineFactory(() -> new PreparedFeelEngine(dmn.getFeelCustomFunctionProviders()));
    configuration.setDmnEngineConfiguration(dmn);
  }
}
