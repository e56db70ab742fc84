package org.salescycle.demo;

/**
 * The e-mail about a demo meeting: a few lines of text and the calendar message, which mail
 * programs show as an invitation to accept or a cancellation to apply.
 *
 * @param method the calendar message's METHOD: REQUEST or CANCEL
 */
record DemoMail(DemoInvitation invitation, String method, String calendar) {

  static final String ATTACHMENT = "invite.ics";

  static DemoMail invitation(DemoInvitation invitation) {
    return new DemoMail(invitation, "REQUEST", DemoCalendar.request(invitation));
  }

  static DemoMail cancellation(DemoInvitation invitation) {
    return new DemoMail(invitation, "CANCEL", DemoCalendar.cancel(invitation));
  }

  boolean cancels() {
    return "CANCEL".equals(method);
  }

  String subject() {
    String what = cancels() ? "Cancelled" : invitation.meeting().sequence() > 0
        ? "Updated invitation" : "Invitation";
    return "%s: %s, %s".formatted(what, invitation.summary(), invitation.when());
  }

  String text() {
    DemoInvitation about = invitation;
    String contact = about.lead().contactName();
    String greeting = contact == null || contact.isBlank() ? "Hello," : "Dear " + contact + ",";
    if (cancels()) {
      return """
          %s

          the demo of %s for %s on %s is cancelled; it is taken out of your calendar.

          Kind regards,
          %s
          %s
          """.formatted(greeting, about.product(), about.lead().companyName(), about.when(),
          about.organizer().name(), about.seller());
    }
    return """
        %s

        %s
        %s

        When: %s
        Where: %s

        Please accept the invitation in your calendar, or reply to propose another time.

        Kind regards,
        %s
        %s
        """.formatted(greeting, about.meeting().sequence() > 0
            ? "the demo of " + about.product() + " for " + about.lead().companyName()
                + " has moved; the invitation in your calendar follows."
            : "I would like to show you " + about.product() + " in a demo for "
                + about.lead().companyName() + ".",
        "Invited: " + String.join(", ", about.recipients()) + ".", about.when(),
        about.meeting().location(), about.organizer().name(), about.seller());
  }
}
