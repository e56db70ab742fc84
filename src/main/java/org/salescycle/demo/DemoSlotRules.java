package org.salescycle.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.salescycle.lead.EmailAddress;
import org.salescycle.lead.InvalidLeadException;
import org.salescycle.shared.InvalidField;

/**
 * The rules for a demo's time, place and guests, for scheduling and rescheduling alike: the start
 * lies ahead by the engine's clock, the demo lasts {@value #MIN_MINUTES} to {@value #MAX_MINUTES}
 * minutes, it has a room or video link, and every further attendee is an e-mail address. A broken
 * rule refuses the step with a sentence that names the field.
 */
final class DemoSlotRules {

  static final int MIN_MINUTES = 15;
  static final int MAX_MINUTES = 480;
  static final int MAX_LOCATION = 1000;
  static final int MAX_ATTENDEES = 20;

  private DemoSlotRules() {}

  /**
   * The slot the answers describe. On a reschedule the meeting so far lends what the answers leave
   * out: its place and its guests.
   */
  static DemoSlot read(VariableScope answers, Instant now, Optional<DemoMeeting> sofar) {
    List<InvalidField> errors = new ArrayList<>();
    Instant start = start(answers.getVariable(DemoVariables.START), now, errors);
    Integer minutes = minutes(answers.getVariable(DemoVariables.DURATION_MINUTES), errors);
    String location = text(answers.getVariable(DemoVariables.LOCATION));
    if (location == null && sofar.isPresent()) {
      location = sofar.get().location();
    }
    if (location == null) {
      errors.add(new InvalidField(DemoVariables.LOCATION,
          "is required: a room or a video link"));
    } else if (location.length() > MAX_LOCATION) {
      errors.add(new InvalidField(DemoVariables.LOCATION,
          "must be at most " + MAX_LOCATION + " characters"));
    }
    Object attendeesAnswer = answers.getVariable(DemoVariables.ATTENDEES);
    List<String> attendees = attendeesAnswer == null && sofar.isPresent()
        ? sofar.get().attendees() : attendees(text(attendeesAnswer), errors);
    if (!errors.isEmpty()) {
      throw new InvalidLeadException(errors);
    }
    return new DemoSlot(start, start.plus(Duration.ofMinutes(minutes)), location, attendees);
  }

  private static Instant start(Object value, Instant now, List<InvalidField> errors) {
    Instant start = instant(value);
    if (start == null) {
      errors.add(new InvalidField(DemoVariables.START, value == null || text(value) == null
          ? "is required: the day and time of the demo" : "must be a date and time"));
    } else if (!start.isAfter(now)) {
      errors.add(new InvalidField(DemoVariables.START, "must be in the future"));
    }
    return start;
  }

  /** A Date (engine API, REST) or the text form-js submits: with an offset or Z, else UTC. */
  private static Instant instant(Object value) {
    if (value instanceof Date date) {
      return date.toInstant();
    }
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException noOffset) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notADateTime) {
        return null;
      }
    }
  }

  private static Integer minutes(Object value, List<InvalidField> errors) {
    String range = "must be a whole number of minutes from " + MIN_MINUTES + " to " + MAX_MINUTES;
    if (value == null) {
      errors.add(new InvalidField(DemoVariables.DURATION_MINUTES, "is required"));
      return null;
    }
    if (!(value instanceof Number number)
        || number.doubleValue() != Math.rint(number.doubleValue())
        || number.doubleValue() < MIN_MINUTES || number.doubleValue() > MAX_MINUTES) {
      errors.add(new InvalidField(DemoVariables.DURATION_MINUTES, range));
      return null;
    }
    return number.intValue();
  }

  /** Comma, semicolon or line separated; each address once, by the mailbox it reaches. */
  private static List<String> attendees(String text, List<InvalidField> errors) {
    if (text == null) {
      return List.of();
    }
    Map<String, String> byMailbox = new LinkedHashMap<>();
    List<String> invalid = new ArrayList<>();
    for (String part : text.split("[,;\\n]")) {
      if (part.isBlank()) {
        continue;
      }
      EmailAddress address = EmailAddress.of(part);
      if (address.valid()) {
        byMailbox.putIfAbsent(address.mailbox(), address.address());
      } else {
        invalid.add(address.address());
      }
    }
    if (!invalid.isEmpty()) {
      errors.add(new InvalidField(DemoVariables.ATTENDEES,
          "must be e-mail addresses, separated by commas; these are not: "
              + String.join(", ", invalid)));
    } else if (byMailbox.size() > MAX_ATTENDEES) {
      errors.add(new InvalidField(DemoVariables.ATTENDEES,
          "may name at most " + MAX_ATTENDEES + " people"));
    }
    return List.copyOf(byMailbox.values());
  }

  static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
