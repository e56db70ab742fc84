package org.salescycle.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Notifications are on with an SMTP server and off without one, and the log says which once. */
@ExtendWith(OutputCaptureExtension.class)
class NotificationSwitchTest {

  static final NotificationProperties PROPERTIES = new NotificationProperties(
      "sales-cycle@sales.example", URI.create("http://sales.example"),
      NotificationProperties.NewWork.DIGEST, "0 0 8 * * MON-FRI", "0 0 7 * * *", ZoneOffset.UTC,
      Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofDays(30));

  @Test
  void withoutAnSmtpHostNotificationsAreOffAndTheLogSaysSoOnce(CapturedOutput log) {
    var noServer = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);

    NotificationSwitch notifications = new NotificationSwitch(noServer, PROPERTIES);

    assertThat(notifications.on()).isFalse();
    assertThat(notifications.smtp()).isEmpty();
    assertThat(log.getOut()).containsOnlyOnce(
        "E-mail notifications are off: no SMTP host is set (SPRING_MAIL_HOST)");
  }

  @Test
  void withAnSmtpHostTheLogSaysWhatIsOn(CapturedOutput log) {
    var factory = new StaticListableBeanFactory();
    factory.addBean("mailSender", new JavaMailSenderImpl());

    NotificationSwitch notifications =
        new NotificationSwitch(factory.getBeanProvider(JavaMailSender.class), PROPERTIES);

    assertThat(notifications.on()).isTrue();
    assertThat(log.getOut()).containsOnlyOnce("E-mail notifications are on: new unassigned work "
        + "digest, overdue digest at '0 0 7 * * *' Z");
  }
}
