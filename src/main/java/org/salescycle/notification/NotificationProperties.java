package org.salescycle.notification;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Who is told what by e-mail, and how the mails go out. Bound from
 * {@code sales-cycle.notifications.*}; the SMTP server is the quotes' ({@code spring.mail.*}).
 *
 * @param from the sender of notification e-mails
 * @param publicUrl the application's address as reps and managers reach it; task links start
 *     with it
 * @param newWork how a group hears of new unassigned work: each task at once, in a digest, or not
 * @param newWorkDigestCron when the digest of unassigned work goes out (Spring cron, in zone)
 * @param overdueDigestCron when each rep's digest of overdue tasks goes out (Spring cron, in zone)
 * @param zone the time zone of both crons
 * @param sendEvery how often waiting e-mails are looked for and sent
 * @param retryAfter the wait after the first failed attempt; it doubles with each further one
 * @param retryAfterMax the longest wait between two attempts
 * @param keepSent how long a sent e-mail is kept (it keeps the same event from being sent again)
 */
@Validated
@ConfigurationProperties("sales-cycle.notifications")
public record NotificationProperties(
    @NotBlank @Email String from,
    @NotNull URI publicUrl,
    @NotNull NewWork newWork,
    @NotBlank String newWorkDigestCron,
    @NotBlank String overdueDigestCron,
    @NotNull ZoneId zone,
    @NotNull Duration sendEvery,
    @NotNull Duration retryAfter,
    @NotNull Duration retryAfterMax,
    @NotNull Duration keepSent) {

  /** How the members of a task's candidate groups hear of a new unassigned task. */
  public enum NewWork {
    /** One e-mail per new task to every member. */
    IMMEDIATE,
    /** One e-mail per member at the digest's time, listing the unassigned tasks that wait. */
    DIGEST,
    /** None. */
    OFF
  }
}
