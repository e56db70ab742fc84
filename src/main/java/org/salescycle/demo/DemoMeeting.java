package org.salescycle.demo;

import java.time.Instant;
import java.util.List;

/**
 * A lead's product demo as a meeting in the prospect's calendar.
 *
 * @param uid the calendar event's id, the same in every e-mail about this meeting
 * @param sequence the event's revision: an update or cancellation carries a higher one
 * @param organizer the user id of the rep who holds the demo; null if no rep scheduled it (an
 *     administrator through the engine API): the company organizes it
 */
public record DemoMeeting(String leadId, String uid, int sequence, Instant start, Instant end,
    String location, List<String> attendees, String organizer, DemoState state) {

  public DemoMeeting {
    attendees = List.copyOf(attendees);
  }

  public boolean scheduled() {
    return state == DemoState.SCHEDULED;
  }

  public boolean endedBy(Instant now) {
    return !end.isAfter(now);
  }
}
