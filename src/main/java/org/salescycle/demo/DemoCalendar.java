package org.salescycle.demo;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * A demo meeting as an iCalendar scheduling message (RFC 5546), the kind Outlook, Google Calendar
 * and Apple Calendar offer to accept: a REQUEST invites or, with a higher SEQUENCE, moves the
 * event; a CANCEL takes it out of the guests' calendars. Times are in UTC; the UID stays the same
 * for every message about the meeting.
 */
final class DemoCalendar {

  static final String PRODUCT_ID = "-//Sales Cycle//Product demo//EN";

  private DemoCalendar() {}

  static String request(DemoInvitation invitation) {
    return write(invitation, ImmutableMethod.REQUEST, ImmutableStatus.VEVENT_CONFIRMED);
  }

  static String cancel(DemoInvitation invitation) {
    return write(invitation, ImmutableMethod.CANCEL, ImmutableStatus.VEVENT_CANCELLED);
  }

  private static String write(DemoInvitation invitation, Method method, Status status) {
    DemoMeeting meeting = invitation.meeting();
    VEvent event = new VEvent(false)
        .add(new Uid(meeting.uid()))
        .add(new Sequence(meeting.sequence()))
        .add(new DtStamp(invitation.sentAt()))
        .add(new DtStart<>(meeting.start()))
        .add(new DtEnd<>(meeting.end()))
        .add(new Summary(invitation.summary()))
        .add(new Location(meeting.location()))
        .add(new Description(invitation.description()))
        .add(status)
        .add(new net.fortuna.ical4j.model.property.Organizer(
            parameters(new Cn(invitation.organizer().name())),
            mailto(invitation.organizer().email())));
    for (DemoInvitation.Guest guest : invitation.guests()) {
      List<Parameter> parameters = new ArrayList<>(List.of(CuType.INDIVIDUAL,
          Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION, Rsvp.TRUE));
      if (guest.name() != null && !guest.name().isBlank()) {
        parameters.add(new Cn(guest.name()));
      }
      event.add(new Attendee(new ParameterList(parameters), mailto(guest.email())));
    }
    Calendar calendar = new Calendar()
        .add(new ProdId(PRODUCT_ID))
        .add(ImmutableVersion.VERSION_2_0)
        .add(ImmutableCalScale.GREGORIAN)
        .add(method);
    calendar.add(event);
    StringWriter text = new StringWriter();
    try {
      new CalendarOutputter(true).output(calendar, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException invalid) {
      throw new IllegalStateException("The demo calendar message for " + meeting.uid()
          + " breaks iCalendar's rules", invalid);
    }
    return text.toString();
  }

  private static ParameterList parameters(Parameter... parameters) {
    return new ParameterList(List.of(parameters));
  }

  private static URI mailto(String address) {
    try {
      return new URI("mailto", address, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Not an e-mail address for a calendar: " + address, e);
    }
  }
}
