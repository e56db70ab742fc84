package org.salescycle.process;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
    @NotBlank String currency,
    @NotNull Urgency urgency,
    @NotNull Duration overdueGrace) {

  /**
   * @param nurturePeriod how long a nurtured lead rests before it is assessed again
   * @param quoteReminderCycle ISO 8601 repeating interval for reminders while a quote is open
   * @param quoteValidity how long a sent quote stays valid unless the rep chooses otherwise
   * @param creditCheckRetryCycle Camunda retry cycle for the credit check: a list of waits
   *     (e.g. PT5M,PT15M,PT1H) or a repeating interval (e.g. R3/PT5M)
   * @param mailRetryCycle Camunda retry cycle for e-mailing a quote or a demo invitation
   * @param convertToCustomerRetryCycle Camunda retry cycle for creating the customer record
   */
  public record Timers(
      @NotNull Duration nurturePeriod,
      @NotBlank String quoteReminderCycle,
      @NotNull Duration quoteValidity,
      @NotBlank String creditCheckRetryCycle,
      @NotBlank String mailRetryCycle,
      @NotBlank String convertToCustomerRetryCycle) {}

  /**
   * @param priority the priority of a hurried lead's tasks (Camunda's default is 50)
   * @param dueWithin a hurried lead's tasks are due at the latest this long after they open or
   *     after urgency is raised
   */
  public record Urgency(@Min(0) @Max(100) int priority, @NotNull Duration dueWithin) {}

  public Duration dueWithin(String taskKey) {
    Duration specific = dueWithin.get(taskKey);
    return specific != null ? specific : dueWithin.get("default");
  }
}
