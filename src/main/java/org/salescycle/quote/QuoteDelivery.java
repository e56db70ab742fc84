package org.salescycle.quote;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a quote's e-mail over SMTP ({@code spring.mail.*}). A refused or unreachable mail server
 * is an exception, so "Send quote" fails and its job is retried. Without an SMTP host (the demo
 * setup) nothing is sent: a log line names the quote, the recipient and the acceptance link.
 */
@Component
class QuoteDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(QuoteDelivery.class);

  private final ObjectProvider<JavaMailSender> smtp;
  private final QuoteProperties properties;

  QuoteDelivery(ObjectProvider<JavaMailSender> smtp, QuoteProperties properties) {
    this.smtp = smtp;
    this.properties = properties;
  }

  void send(QuoteMail mail) {
    JavaMailSender sender = smtp.getIfAvailable();
    if (sender == null) {
      LOG.warn("No SMTP host configured (spring.mail.host): quote {} for {} NOT e-mailed. "
          + "Its PDF is at GET /api/leads/{}/quotes/{}.pdf; acceptance link: {}",
          mail.document().quote().numberAndRevision(), mail.to(), mail.document().quote().leadId(),
          mail.document().quote().revision(), mail.acceptanceLink());
      return;
    }
    try {
      MimeMessage message = sender.createMimeMessage();
      var helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(properties.mail().from(), properties.company().name());
      helper.setTo(mail.to());
      helper.setSubject(mail.subject());
      helper.setText(mail.text());
      helper.addAttachment(mail.attachmentName(), new ByteArrayResource(mail.pdf()),
          "application/pdf");
      sender.send(message);
    } catch (MessagingException | UnsupportedEncodingException | MailException failed) {
      throw new QuoteNotDeliveredException(mail.document().quote().numberAndRevision(), mail.to(),
          failed);
    }
    LOG.info("Quote {} e-mailed to {} ({} bytes of PDF)",
        mail.document().quote().numberAndRevision(),
        mail.to(), mail.pdf().length);
  }
}
