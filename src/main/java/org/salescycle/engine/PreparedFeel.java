package org.salescycle.engine;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Gives the engine's decision tables the {@link PreparedFeelEngine}, because Camunda's own FEEL
 * engine builds its built-in functions and parses the expression anew on every evaluation;
 * {@code sales-cycle.engine.prepared-feel=false} leaves Camunda's own FEEL engine (to rule it out
 * when a decision surprises, and to measure).
 *
 * <p>Left out as well when the legacy FEEL behaviour is switched on or a DMN engine configuration
 * is already set.
 */
@Component
@ConditionalOnProperty(name = "sales-cycle.engine.prepared-feel", matchIfMissing = true)
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
