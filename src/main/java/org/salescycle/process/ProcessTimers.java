package org.salescycle.process;

import org.springframework.stereotype.Component;

/**
 * Timer values for the BPMN model, as ISO 8601 strings the engine's timers understand. The model
 * refers to this bean as {@code ${timers.nurturePeriod}} and so on.
 */
@Component("timers")
public class ProcessTimers {

  private final SalesCycleProperties.Timers timers;

  public ProcessTimers(SalesCycleProperties properties) {
    this.timers = properties.timers();
  }

  public String getNurturePeriod() {
    return timers.nurturePeriod().toString();
  }

  public String getQuoteReminderCycle() {
    return timers.quoteReminderCycle();
  }

  public String getCreditCheckRetryCycle() {
    return timers.creditCheckRetryCycle();
  }

  public String getMailRetryCycle() {
    return timers.mailRetryCycle();
  }

  /** The name model versions up to 1.4.0 ask for: instances still running on them keep working. */
  public String getSendQuoteRetryCycle() {
    return timers.mailRetryCycle();
  }

  public String getConvertToCustomerRetryCycle() {
    return timers.convertToCustomerRetryCycle();
  }
}
