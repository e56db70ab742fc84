package org.salescycle.process;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The knobs sales operations may turn without a code change: how long things wait, how soon tasks
 * are due and how often the engine retries. Bound from {@code sales-cycle.*} in application.yaml.
 */
@Validated
@ConfigurationProperties("sales-cycle")
public record SalesCycleProperties(
    @NotNull Timers timers,
    @NotNull Map<String, Duration> dueWithin,
    @NotNull Set<String> freeMailDomains,
    @NotBlank String currency) {

  /**
   * @param nurturePeriod how long a nurtured lead rests before it is assessed again
   * @param quoteReminderCycle ISO 8601 repeating interval for reminders while a quote is open
   * @param quoteValidity how long a sent quote stays valid before it expires
   * @param creditCheckRetryCycle Camunda retry cycle for the credit check (e.g. R3/PT5M)
   */
  public record Timers(
      @NotNull Duration nurturePeriod,
      @NotBlank String quoteReminderCycle,
      @NotNull Duration quoteValidity,
      @NotBlank String creditCheckRetryCycle) {}

  public Duration dueWithin(String taskKey) {
    Duration specific = dueWithin.get(taskKey);
    return specific != null ? specific : dueWithin.get("default");
  }
}
