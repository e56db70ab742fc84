package org.salescycle.demo;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.lead.LeadVariables;
import org.salescycle.process.TaskDueDates;
import org.springframework.stereotype.Component;

/**
 * A lead's demo meeting: scheduled, moved, held or cancelled. The model asks it when "Record demo
 * outcome" follows up and falls due: {@code ${demoMeetings.startsAt(execution)}} and
 * {@code ${demoMeetings.outcomeDueAt(execution)}}. A lead without a meeting (its process started
 * on a model that only had "Give product demo") follows up now and is due as any task.
 */
@Component("demoMeetings")
public class DemoMeetings {

  static final String OUTCOME_TASK = "record-demo-outcome";
  private static final String UID_DOMAIN = "@demo.sales-cycle";

  private final DemoMeetingRepository meetings;
  private final ProductDemoProperties properties;
  private final TaskDueDates dueDates;

  DemoMeetings(DemoMeetingRepository meetings, ProductDemoProperties properties, TaskDueDates dueDates) {
    this.meetings = meetings;
    this.properties = properties;
    this.dueDates = dueDates;
  }

  public Optional<DemoMeeting> of(String leadId) {
    return leadId == null ? Optional.empty() : meetings.find(leadId);
  }

  public Optional<DemoMeeting> of(VariableScope lead) {
    Object leadId = lead.getVariable(LeadVariables.LEAD_ID);
    return of(leadId == null ? null : leadId.toString());
  }

  public Date startsAt(DelegateExecution execution) {
    return of(execution).map(meeting -> Date.from(meeting.start()))
        .orElseGet(ClockUtil::getCurrentTime);
  }

  public Date outcomeDueAt(DelegateExecution execution) {
    return of(execution)
        .map(meeting -> Date.from(meeting.end().plus(properties.outcomeDueAfter())))
        .orElseGet(() -> dueDates.of(OUTCOME_TASK));
  }

  /**
   * Schedules the lead's demo. A meeting still scheduled is moved instead (same event, next
   * revision); after a held or cancelled one the lead gets a new event.
   */
  DemoMeeting schedule(String leadId, DemoSlot slot, String organizer) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Optional<DemoMeeting> sofar = meetings.find(leadId);
    if (sofar.isPresent() && sofar.get().scheduled()) {
      return move(sofar.get(), slot, now);
    }
    DemoMeeting meeting = new DemoMeeting(leadId, UUID.randomUUID() + UID_DOMAIN, 0, slot.start(),
        slot.end(), slot.location(), slot.attendees(), organizer, DemoState.SCHEDULED);
    if (sofar.isPresent()) {
      meetings.update(meeting, now);
    } else {
      meetings.insert(meeting, now);
    }
    return meeting;
  }

  /** Moves the lead's demo, or schedules one for a lead that has none. */
  DemoMeeting reschedule(String leadId, DemoSlot slot, String organizer) {
    return schedule(leadId, slot, organizer);
  }

  void markHeld(DemoMeeting meeting) {
    meetings.update(withState(meeting, DemoState.HELD, meeting.sequence()), now());
  }

  /** Cancels the meeting; the cancellation is its next revision. */
  DemoMeeting cancel(DemoMeeting meeting) {
    DemoMeeting cancelled = withState(meeting, DemoState.CANCELLED, meeting.sequence() + 1);
    meetings.update(cancelled, now());
    return cancelled;
  }

  private DemoMeeting move(DemoMeeting meeting, DemoSlot slot, Instant now) {
    DemoMeeting moved = new DemoMeeting(meeting.leadId(), meeting.uid(), meeting.sequence() + 1,
        slot.start(), slot.end(), slot.location(), slot.attendees(), meeting.organizer(),
        DemoState.SCHEDULED);
    meetings.update(moved, now);
    return moved;
  }

  private static DemoMeeting withState(DemoMeeting meeting, DemoState state, int sequence) {
    return new DemoMeeting(meeting.leadId(), meeting.uid(), sequence, meeting.start(),
        meeting.end(), meeting.location(), meeting.attendees(), meeting.organizer(), state);
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
