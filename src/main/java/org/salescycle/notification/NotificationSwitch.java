package org.salescycle.notification;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Whether notification e-mails go out: only with an SMTP host ({@code spring.mail.host}, the same
 * server as quotes). Without one nothing is queued or sent, and the log says so once at startup.
 */
@Component
class NotificationSwitch {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationSwitch.class);

  private final JavaMailSender smtp;

  NotificationSwitch(ObjectProvider<JavaMailSender> smtp, NotificationProperties properties) {
    this.smtp = smtp.getIfAvailable();
    if (this.smtp == null) {
      LOG.info("E-mail notifications are off: no SMTP host is set (SPRING_MAIL_HOST)");
    } else {
      LOG.info("E-mail notifications are on: new unassigned work {}, overdue digest at '{}' {}",
          properties.newWork().name().toLowerCase(), properties.overdueDigestCron(),
          properties.zone());
    }
  }

  boolean on() {
    return smtp != null;
  }

  Optional<JavaMailSender> smtp() {
    return Optional.ofNullable(smtp);
  }
}
