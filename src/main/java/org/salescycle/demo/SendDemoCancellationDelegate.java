package org.salescycle.demo;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Send demo cancellation" (an asynchronous step): tells the guests of a cancelled demo, so it
 * leaves their calendars. A lead that never had a meeting (started on the model with only "Give
 * product demo") has no one to tell. Sent as the invitation is ({@link SendDemoInvitationDelegate}).
 */
@Component("sendDemoCancellation")
public class SendDemoCancellationDelegate implements JavaDelegate {

  private final DemoMeetings meetings;
  private final DemoInvitations invitations;
  private final DemoMailDelivery delivery;

  SendDemoCancellationDelegate(DemoMeetings meetings, DemoInvitations invitations,
      DemoMailDelivery delivery) {
    this.meetings = meetings;
    this.invitations = invitations;
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean cancelled = meetings.of(execution)
        .filter(meeting -> meeting.state() == DemoState.CANCELLED).isPresent();
    if (cancelled) {
      delivery.send(invitations.of(execution), DemoMail::cancellation);
    }
  }
}
