package org.salescycle.demo;

import org.salescycle.words.CustomerLanguage;
import org.salescycle.words.DocumentWords;

/**
 * The e-mail about a demo meeting: a few lines of text and the calendar message, which mail
 * programs show as an invitation to accept or a cancellation to apply. The text speaks the lead's
 * language; the calendar message is the same for every lead.
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
    DocumentWords words = words();
    String what = cancels() ? "demo.subject.cancellation"
        : invitation.meeting().sequence() > 0 ? "demo.subject.update" : "demo.subject.invitation";
    return words.text(what, title(words), words.span(invitation.meeting().start(),
        invitation.meeting().end()));
  }

  /** The text in the lead's language; the calendar message stays as it is. */
  String text() {
    DocumentWords words = words();
    DemoInvitation about = invitation;
    String contact = about.lead().contactName();
    String greeting = contact == null || contact.isBlank() ? words.text("greeting.anonymous")
        : words.text("greeting.named", contact);
    String when = words.span(about.meeting().start(), about.meeting().end());
    if (cancels()) {
      return words.text("demo.text.cancellation", greeting, about.product(),
          about.lead().companyName(), when, about.organizer().name(), about.seller());
    }
    String opening = words.text(about.meeting().sequence() > 0 ? "demo.opening.update"
        : "demo.opening.invitation", about.product(), about.lead().companyName());
    return words.text("demo.text.invitation", greeting, opening,
        String.join(", ", about.recipients()), when, about.meeting().location(),
        about.organizer().name(), about.seller());
  }

  /** "Sales Cycle demo for ACME Sp. z o.o.", as the calendar's title in English. */
  private String title(DocumentWords words) {
    return words.text("demo.title", invitation.product(), invitation.lead().companyName());
  }

  private DocumentWords words() {
    return DocumentWords.in(CustomerLanguage.of(invitation.lead().country()));
  }
}
