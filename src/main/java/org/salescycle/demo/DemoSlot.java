package org.salescycle.demo;

import java.time.Instant;
import java.util.List;

/**
 * When and where a demo takes place and who of the prospect's side comes besides the contact, as
 * the rep chose it and the rules accepted it.
 *
 * @param attendees further e-mail addresses, as written; the contact is invited anyway
 */
public record DemoSlot(Instant start, Instant end, String location, List<String> attendees) {

  public DemoSlot {
    attendees = List.copyOf(attendees);
  }
}
