package org.salescycle.forms;

import java.util.ArrayList;
import java.util.Currency;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.salescycle.demo.DemoMeetingWords;
import org.salescycle.process.SalesCycleProperties;
import org.salescycle.quote.QuoteLineRows;
import org.springframework.stereotype.Component;

/** Registers the {@link FormWordsParseListener} with the process engine. */
@Component
class FormWordsPlugin extends AbstractProcessEnginePlugin {

  private final SalesCycleProperties properties;
  private final QuoteLineRows quoteLines;
  private final DemoMeetingWords demoMeeting;

  FormWordsPlugin(SalesCycleProperties properties, QuoteLineRows quoteLines,
      DemoMeetingWords demoMeeting) {
    this.properties = properties;
    this.quoteLines = quoteLines;
    this.demoMeeting = demoMeeting;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new FormWordsParseListener(
        Currency.getInstance(properties.currency()), quoteLines, demoMeeting));
  }
}
