package org.salescycle.process;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due dates for user tasks, configured per task under {@code sales-cycle.due-within} with a
 * {@code default} for tasks added later in Modeler. The model asks {@code ${dueDates.of('qualify-lead')}}.
 */
@Component("dueDates")
public class TaskDueDates {

  private final SalesCycleProperties properties;

  public TaskDueDates(SalesCycleProperties properties) {
    this.properties = properties;
  }

  public Date of(String taskKey) {
    Duration within = properties.dueWithin(taskKey);
    // ClockUtil is the engine's clock, so due dates follow it in tests that move time.
    return Date.from(ClockUtil.getCurrentTime().toInstant().plus(within));
  }

  /**
   * When a task opened now counts as overdue for a manager's review: its due date plus
   * {@code sales-cycle.overdue-grace}. The model's "Overdue" boundary timers ask
   * {@code ${dueDates.overdueAt('qualify-lead')}}.
   */
  public Date overdueAt(String taskKey) {
    return Date.from(of(taskKey).toInstant().plus(properties.overdueGrace()));
  }
}
