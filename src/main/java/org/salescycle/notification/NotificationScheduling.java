package org.salescycle.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the notification sender and the digests on Spring's scheduler. */
@Configuration
@EnableScheduling
class NotificationScheduling {}
