package org.salescycle.demo;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.lead.InvalidLeadException;
import org.salescycle.lead.LeadVariables;
import org.salescycle.process.ProcessVariables;
import org.salescycle.shared.InvalidField;
import org.salescycle.words.Dates;
import org.springframework.stereotype.Component;

/**
 * "Record demo outcome" completes. Held: only once the meeting has ended, with the prospect's
 * feedback. Rescheduled: the new time passes the same rules as scheduling, and the meeting moves
 * (its next revision goes out as an update). Cancelled: with a reason; the meeting is cancelled
 * and "Send demo cancellation" tells the guests. A lead without a meeting (started on the model
 * with only "Give product demo") may record its demo as held at once.
 */
@Component("demoOutcomeCheck")
public class DemoOutcomeCheck implements TaskListener {

  static final int MIN_FEEDBACK = 10;
  static final int MAX_TEXT = 4000;

  private final DemoMeetings meetings;

  DemoOutcomeCheck(DemoMeetings meetings) {
    this.meetings = meetings;
  }

  @Override
  public void notify(DelegateTask task) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String leadId = ProcessVariables.requiredString(task, LeadVariables.LEAD_ID);
    Optional<DemoMeeting> meeting = meetings.of(leadId).filter(DemoMeeting::scheduled);
    DelegateExecution execution = task.getExecution();
    switch (outcome(task)) {
      case HELD -> {
        required(task, DemoVariables.FEEDBACK, MIN_FEEDBACK, "say how the prospect took the demo");
        meeting.filter(scheduled -> !scheduled.endedBy(now)).ifPresent(early -> refuse(
            DemoVariables.OUTCOME, "The demo is scheduled until " + Dates.moment(early.end())
                + ": record its outcome after it"));
        meeting.ifPresent(meetings::markHeld);
        execution.removeVariable(DemoVariables.CANCEL_REASON);
      }
      case RESCHEDULE -> {
        DemoSlot slot = DemoSlotRules.read(task, now, meeting);
        meeting = Optional.of(meetings.reschedule(leadId, slot, DemoOrganizer.of(task)));
        execution.removeVariable(DemoVariables.FEEDBACK);
        execution.removeVariable(DemoVariables.CANCEL_REASON);
      }
      case CANCELLED -> {
        required(task, DemoVariables.CANCEL_REASON, 1, "say why the demo is off");
        meeting = meeting.map(meetings::cancel);
        execution.removeVariable(DemoVariables.FEEDBACK);
      }
    }
    if (meeting.isPresent()) {
      DemoVariables.keepTimesOf(execution, meeting.get());
    } else {
      DemoVariables.dropSlotAnswers(execution);
    }
  }

  private static DemoOutcome outcome(DelegateTask task) {
    String answer = DemoSlotRules.text(task.getVariable(DemoVariables.OUTCOME));
    for (DemoOutcome outcome : DemoOutcome.values()) {
      if (outcome.name().equals(answer)) {
        return outcome;
      }
    }
    throw refusal(DemoVariables.OUTCOME, "is required: held, reschedule or cancelled");
  }

  private static void required(DelegateTask task, String name, int minLength, String why) {
    String text = DemoSlotRules.text(task.getVariable(name));
    if (text == null) {
      refuse(name, "is required: " + why);
    }
    if (text.length() < minLength) {
      refuse(name, "must be at least " + minLength + " characters");
    }
    if (text.length() > MAX_TEXT) {
      refuse(name, "must be at most " + MAX_TEXT + " characters");
    }
  }

  private static void refuse(String field, String message) {
    throw refusal(field, message);
  }

  private static InvalidLeadException refusal(String field, String message) {
    return new InvalidLeadException(List.of(new InvalidField(field, message)));
  }
}
