package org.salescycle.demo;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Send demo invitation" (an asynchronous step): e-mails the contact and the further attendees
 * the meeting as it now stands, a first invitation or, after a reschedule, its update. Sent at
 * once, not through the notification outbox: the calendar message needs its own MIME parts, and
 * a mail server that fails fails the job, which the engine retries and at last turns into an
 * incident in Cockpit. A retry after a lost acknowledgement sends the same revision again, which
 * calendars take as the same event.
 */
@Component("sendDemoInvitation")
public class SendDemoInvitationDelegate implements JavaDelegate {

  private final DemoInvitations invitations;
  private final DemoMailDelivery delivery;

  SendDemoInvitationDelegate(DemoInvitations invitations, DemoMailDelivery delivery) {
    this.invitations = invitations;
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DemoInvitation invitation = invitations.of(execution);
    if (invitation.meeting().scheduled()) {
      delivery.send(invitation, DemoMail::invitation);
    }
  }
}
