package org.salescycle.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salescycle.lead.EmailAddress;
import org.salescycle.lead.Lead;
import org.salescycle.words.Dates;

/**
 * What is sent about a demo meeting at one moment: the meeting, the lead whose contact is always
 * invited, who organizes it and what it shows.
 *
 * @param product what the demo shows ({@code sales-cycle.demo.product})
 * @param seller the company that holds the demo
 * @param sentAt when this revision is sent (the event's DTSTAMP)
 */
record DemoInvitation(DemoMeeting meeting, Lead lead, Organizer organizer, String product,
    String seller, Instant sentAt) {

  /** A guest of the prospect's side; the contact has her name, the further attendees none. */
  record Guest(String name, String email) {}

  /**
   * The contact and the further attendees, each mailbox once. A lead row without the contact's
   * address (restored by the pipeline rebuild) has only the further attendees.
   */
  List<Guest> guests() {
    Map<String, Guest> byMailbox = new LinkedHashMap<>();
    if (lead.contactEmail() != null && !lead.contactEmail().isBlank()) {
      byMailbox.put(EmailAddress.of(lead.contactEmail()).mailbox(),
          new Guest(lead.contactName(), lead.contactEmail()));
    }
    for (String attendee : meeting.attendees()) {
      byMailbox.putIfAbsent(EmailAddress.of(attendee).mailbox(), new Guest(null, attendee));
    }
    return List.copyOf(byMailbox.values());
  }

  List<String> recipients() {
    List<String> addresses = new ArrayList<>();
    guests().forEach(guest -> addresses.add(guest.email()));
    return addresses;
  }

  /** "Sales Cycle demo for ACME Sp. z o.o.": the event's title in every calendar. */
  String summary() {
    return "%s demo for %s".formatted(product, lead.companyName());
  }

  String when() {
    return Dates.span(meeting.start(), meeting.end());
  }

  /** The event's description: what, with whom, where. */
  String description() {
    return """
        A demo of %s for %s, given by %s of %s.
        When: %s
        Where: %s""".formatted(product, lead.companyName(), organizer.name(), seller, when(),
        meeting.location());
  }
}
