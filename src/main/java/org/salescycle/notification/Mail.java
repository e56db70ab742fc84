package org.salescycle.notification;

/**
 * One e-mail to one person, as it waits in the outbox. The subject is one line whatever the
 * lead's data holds: a line break in a company name cannot add a header.
 *
 * @param onceKey names the event the e-mail tells of; an event is e-mailed to a person once
 */
record Mail(String onceKey, String to, String subject, String text) {

  Mail {
    subject = subject.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
  }
}
