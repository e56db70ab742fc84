package org.salescycle.lead;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.process.SalesCycleProperties;
import org.springframework.stereotype.Component;

/**
 * What urgency does to a lead's tasks: a higher priority and a due date no later than the
 * configured period from now. Applied to the tasks open when a rep raises urgency and to every task
 * the lead opens after that.
 */
@Component
public class LeadUrgency {

  private final SalesCycleProperties.Urgency urgency;

  public LeadUrgency(SalesCycleProperties properties) {
    this.urgency = properties.urgency();
  }

  public int priority(int current) {
    return Math.max(current, urgency.priority());
  }

  public Date dueDate(Date current) {
    Instant latest = ClockUtil.getCurrentTime().toInstant().plus(urgency.dueWithin());
    return current != null && current.toInstant().isBefore(latest) ? current : Date.from(latest);
  }
}
