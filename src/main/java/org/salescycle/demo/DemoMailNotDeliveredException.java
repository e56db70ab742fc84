package org.salescycle.demo;

/**
 * The mail server refused or could not be reached for a demo e-mail: its step fails, the engine
 * retries it and at last raises an incident.
 */
class DemoMailNotDeliveredException extends RuntimeException {

  DemoMailNotDeliveredException(String uid, Throwable cause) {
    super("The demo e-mail for meeting %s was not sent: %s".formatted(uid, cause.getMessage()),
        cause);
  }
}
