package org.salescycle.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the e-mails the outbox holds, outside any engine transaction, so a slow or absent mail
 * server never holds up a task. Each e-mail is held by one node while it is sent, so two nodes
 * never send it twice. When the server refuses or cannot be reached, one log line says so, and
 * every waiting e-mail waits longer each time (doubling up to the configured maximum) until one
 * goes through; none is dropped.
 */
@Component
class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
  private static final int BATCH = 20;
  /** Longer than the SMTP timeouts (5 s connect, 10 s read and write) of one e-mail. */
  private static final Duration HOLD = Duration.ofMinutes(2);

  private final NotificationSwitch notifications;
  private final NotificationProperties properties;
  private final Outbox outbox;

  OutboxSender(NotificationSwitch notifications, NotificationProperties properties,
      Outbox outbox) {
    this.notifications = notifications;
    this.properties = properties;
    this.outbox = outbox;
  }

  @Scheduled(fixedDelayString = "${sales-cycle.notifications.send-every}",
      initialDelayString = "${sales-cycle.notifications.send-every}")
  void sendWaiting() {
    notifications.smtp().ifPresent(this::sendWaiting);
  }

  private void sendWaiting(JavaMailSender smtp) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<Outbox.Waiting> due;
    do {
      due = outbox.due(now, BATCH);
      for (Outbox.Waiting mail : due) {
        if (outbox.claim(mail.id(), now, now.plus(HOLD)) && !sent(smtp, mail, now)) {
          return;
        }
      }
    } while (due.size() == BATCH);
    outbox.forgetSentBefore(now.minus(properties.keepSent()));
  }

  /** Sends the e-mail; false if the mail server failed, and then every waiting e-mail waits. */
  private boolean sent(JavaMailSender smtp, Outbox.Waiting mail, Instant now) {
    try {
      smtp.send(message(smtp, mail));
    } catch (MailException | MessagingException | UnsupportedEncodingException failed) {
      Instant next = now.plus(backoff(mail.attempts()));
      outbox.markFailed(mail.id(), shorten(reason(failed)), next);
      outbox.postponeDue(next);
      LOG.warn("Notification e-mails not sent, the mail server failed: {}. {} e-mail(s) wait; "
          + "next attempt at {}", reason(failed), outbox.waiting(), next);
      return false;
    }
    outbox.markSent(mail.id(), ClockUtil.getCurrentTime().toInstant());
    return true;
  }

  private MimeMessage message(JavaMailSender smtp, Outbox.Waiting mail)
      throws MessagingException, UnsupportedEncodingException {
    MimeMessage message = smtp.createMimeMessage();
    var helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom(properties.from(), "Sales Cycle");
    helper.setTo(mail.to());
    helper.setSubject(mail.subject());
    helper.setText(mail.text());
    return message;
  }

  /** After the n-th failed attempt: retry-after × 2^(n-1), at most retry-after-max. */
  private Duration backoff(int earlierAttempts) {
    Duration wait = properties.retryAfter();
    for (int i = 0; i < earlierAttempts && wait.compareTo(properties.retryAfterMax()) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(properties.retryAfterMax()) > 0 ? properties.retryAfterMax() : wait;
  }

  /** The innermost cause's message: "Connection refused", not the chain of wrappers. */
  private static String reason(Throwable failed) {
    Throwable cause = failed;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName()
        : cause.getMessage();
    return message.replaceAll("\\s+", " ").trim();
  }

  private static String shorten(String text) {
    return text.length() <= 500 ? text : text.substring(0, 500);
  }
}
