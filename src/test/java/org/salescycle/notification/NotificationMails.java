package org.salescycle.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;

/** Users with e-mail addresses, and the e-mails GreenMail received for them, as plain text. */
final class NotificationMails {

  record Received(String to, String subject, String text) {}

  private NotificationMails() {}

  /** A new user in the groups, with a first name and an address at sales.example. */
  static String user(IdentityService identity, String name, String... groups) {
    String id = name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 6);
    var user = identity.newUser(id);
    user.setFirstName(name);
    user.setLastName("Test");
    user.setEmail(id + "@sales.example");
    user.setPassword("secret");
    identity.saveUser(user);
    for (String group : groups) {
      identity.createMembership(id, group);
    }
    return id;
  }

  static String address(String userId) {
    return userId + "@sales.example";
  }

  static List<Received> to(GreenMailExtension smtp, String userId) {
    return Arrays.stream(smtp.getReceivedMessages())
        .map(NotificationMails::received)
        .filter(mail -> mail.to().equals(address(userId)))
        .toList();
  }

  static Received only(GreenMailExtension smtp, String userId) {
    List<Received> mails = to(smtp, userId);
    assertThat(mails).as("e-mails to " + userId).hasSize(1);
    return mails.get(0);
  }

  private static Received received(MimeMessage message) {
    try {
      return new Received(message.getRecipients(Message.RecipientType.TO)[0].toString(),
          message.getSubject(), message.getContent().toString().replace("\r\n", "\n"));
    } catch (MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
