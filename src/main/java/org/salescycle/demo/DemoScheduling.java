package org.salescycle.demo;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.lead.LeadVariables;
import org.salescycle.process.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * "Schedule product demo" completes: checks the rep's time, place and guests
 * ({@link DemoSlotRules}) and stores the meeting, which "Send demo invitation" then mails. The
 * rep who completes the step organizes the demo.
 */
@Component("demoScheduling")
public class DemoScheduling implements TaskListener {

  private final DemoMeetings meetings;

  DemoScheduling(DemoMeetings meetings) {
    this.meetings = meetings;
  }

  @Override
  public void notify(DelegateTask task) {
    DemoSlot slot = DemoSlotRules.read(task, ClockUtil.getCurrentTime().toInstant(),
        Optional.empty());
    String leadId = ProcessVariables.requiredString(task, LeadVariables.LEAD_ID);
    DemoMeeting meeting = meetings.schedule(leadId, slot, DemoOrganizer.of(task));
    DemoVariables.keepTimesOf(task.getExecution(), meeting);
  }
}
