package org.salescycle.forms;

import java.util.ArrayList;
import java.util.Currency;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.salescycle.process.SalesCycleProperties;
import org.salescycle.quote.QuoteLineRows;
import org.springframework.stereotype.Component;

/** Registers the {@link FormWordsParseListener} with the process engine. */
@Component
class FormWordsPlugin extends AbstractProcessEnginePlugin {

  private final SalesCycleProperties properties;
  private final QuoteLineRows quoteLines;

  FormWordsPlugin(SalesCycleProperties properties, QuoteLineRows quoteLines) {
    this.properties = properties;
    this.quoteLines = quoteLines;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new FormWordsParseListener(
        Currency.getInstance(properties.currency()), quoteLines));
  }
}
