package org.salescycle.demo;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.salescycle.quote.QuoteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a demo e-mail over the SMTP server of the quotes ({@code spring.mail.*}), from the quotes'
 * sender in the organizer's name, with replies to her. The calendar message goes twice, as mail
 * programs look for it: as the {@code text/calendar; method=...} alternative to the text (Outlook,
 * Gmail show it as an invitation) and as the attachment {@value DemoMail#ATTACHMENT} (for any
 * other calendar). Without an SMTP host (the demo setup) nothing is sent: a log line says so.
 */
@Component
class DemoMailDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(DemoMailDelivery.class);

  private final ObjectProvider<JavaMailSender> smtp;
  private final QuoteProperties properties;

  DemoMailDelivery(ObjectProvider<JavaMailSender> smtp, QuoteProperties properties) {
    this.smtp = smtp;
    this.properties = properties;
  }

  /** Sends the e-mail {@code mail} makes of the invitation, if the meeting has any guest. */
  void send(DemoInvitation invitation, Function<DemoInvitation, DemoMail> mail) {
    if (invitation.guests().isEmpty()) {
      LOG.warn("Demo meeting {} of lead {} has no one to e-mail: the lead has no contact address "
          + "and the meeting no further attendees", invitation.meeting().uid(),
          invitation.lead().id());
      return;
    }
    send(mail.apply(invitation));
  }

  private void send(DemoMail mail) {
    DemoMeeting meeting = mail.invitation().meeting();
    JavaMailSender sender = smtp.getIfAvailable();
    if (sender == null) {
      LOG.warn("No SMTP host configured (spring.mail.host): demo {} (meeting {}, revision {}) "
          + "for {} NOT e-mailed", mail.method(), meeting.uid(), meeting.sequence(),
          mail.invitation().recipients());
      return;
    }
    try {
      sender.send(message(sender, mail));
    } catch (MessagingException | UnsupportedEncodingException | MailException failed) {
      throw new DemoMailNotDeliveredException(meeting.uid(), failed);
    }
    LOG.info("Demo {} for meeting {} (revision {}) e-mailed to {}", mail.method(), meeting.uid(),
        meeting.sequence(), mail.invitation().recipients());
  }

  private MimeMessage message(JavaMailSender sender, DemoMail mail)
      throws MessagingException, UnsupportedEncodingException {
    Organizer organizer = mail.invitation().organizer();
    MimeMessage message = sender.createMimeMessage();
    message.setFrom(new InternetAddress(properties.mail().from(), organizer.name(), "UTF-8"));
    message.setReplyTo(new InternetAddress[] {
        new InternetAddress(organizer.email(), organizer.name(), "UTF-8")});
    for (String recipient : mail.invitation().recipients()) {
      message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient));
    }
    message.setSubject(mail.subject(), "UTF-8");

    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), "UTF-8");
    MimeBodyPart calendar = new MimeBodyPart();
    calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(
        mail.calendar().getBytes(StandardCharsets.UTF_8),
        "text/calendar; charset=UTF-8; method=" + mail.method())));
    MimeMultipart alternatives = new MimeMultipart("alternative");
    alternatives.addBodyPart(text);
    alternatives.addBodyPart(calendar);
    MimeBodyPart body = new MimeBodyPart();
    body.setContent(alternatives);

    MimeBodyPart attachment = new MimeBodyPart();
    attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(
        mail.calendar().getBytes(StandardCharsets.UTF_8),
        "application/ics; name=" + DemoMail.ATTACHMENT)));
    attachment.setFileName(DemoMail.ATTACHMENT);
    attachment.setDisposition(MimeBodyPart.ATTACHMENT);

    MimeMultipart mixed = new MimeMultipart("mixed");
    mixed.addBodyPart(body);
    mixed.addBodyPart(attachment);
    message.setContent(mixed);
    message.saveChanges();
    return message;
  }
}
