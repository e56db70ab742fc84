package org.salescycle.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Demo e-mails as a calendar program reads them from the mail server: the text/calendar part
 * parsed with ical4j, and the attached invite.ics, which must say the same.
 */
public final class DemoInvites {

  /** A demo e-mail as received: its message and its calendar. */
  public record Received(MimeMessage message, ContentType calendarType, Calendar calendar) {

    public VEvent event() {
      return calendar.<VEvent>getComponents().stream().findFirst().orElseThrow();
    }

    public String method() {
      return value(calendar.getProperty(Property.METHOD).orElseThrow());
    }

    public String eventValue(String property) {
      return value(event().getProperty(property).orElseThrow());
    }

    public List<String> attendees() {
      return event().getProperties(Property.ATTENDEE).stream().map(DemoInvites::value).toList();
    }

    public List<String> recipients() throws Exception {
      return Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
    }

    /** The e-mail's text as the reader sees it, decoded. */
    public String text() throws Exception {
      Multipart alternatives = (Multipart) ((Multipart) message.getContent()).getBodyPart(0)
          .getContent();
      for (int i = 0; i < alternatives.getCount(); i++) {
        if (alternatives.getBodyPart(i).isMimeType("text/plain")) {
          return (String) alternatives.getBodyPart(i).getContent();
        }
      }
      throw new AssertionError("no text part");
    }
  }

  private DemoInvites() {}

  /**
   * The demo e-mails sent so far, in order, each once (the server keeps a copy per recipient);
   * other e-mails, such as notifications, left out.
   */
  public static List<Received> sent(GreenMailExtension smtp) throws Exception {
    Map<String, Received> byMessageId = new LinkedHashMap<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      Received demo = read(message);
      if (demo != null) {
        byMessageId.putIfAbsent(message.getMessageID(), demo);
      }
    }
    return List.copyOf(byMessageId.values());
  }

  public static int sentCount(GreenMailExtension smtp) throws Exception {
    return sent(smtp).size();
  }

  private static Received read(MimeMessage message) throws Exception {
    if (!(message.getContent() instanceof Multipart mixed)) {
      return null;
    }
    Part calendarPart = null;
    Part attachment = null;
    for (int i = 0; i < mixed.getCount(); i++) {
      BodyPart part = mixed.getBodyPart(i);
      if (part.getContent() instanceof Multipart alternatives) {
        for (int j = 0; j < alternatives.getCount(); j++) {
          if (alternatives.getBodyPart(j).isMimeType("text/calendar")) {
            calendarPart = alternatives.getBodyPart(j);
          }
        }
      } else if ("invite.ics".equals(part.getFileName())) {
        attachment = part;
      }
    }
    if (calendarPart == null) {
      return null;
    }
    Calendar calendar = parse(calendarPart);
    assertThat(attachment).as("invite.ics attached").isNotNull();
    assertThat(parse(attachment)).as("invite.ics says what the calendar part says")
        .isEqualTo(calendar);
    return new Received(message, new ContentType(calendarPart.getContentType()), calendar);
  }

  private static Calendar parse(Part part) throws Exception {
    try (InputStream in = part.getInputStream()) {
      return new CalendarBuilder().build(in);
    }
  }

  private static String value(Property property) {
    return property.getValue();
  }
}
