package org.salescycle.notification;

/**
 * One e-mail to one person, as it waits in the outbox.
 *
 * @param onceKey names the event the e-mail tells of; an event is e-mailed to a person once
 */
record Mail(String onceKey, String to, String subject, String text) {}
