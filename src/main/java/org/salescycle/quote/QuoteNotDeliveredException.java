package org.salescycle.quote;

/** The mail server refused a quote's e-mail or could not be reached; the job will retry. */
class QuoteNotDeliveredException extends RuntimeException {

  QuoteNotDeliveredException(String quoteNumber, String recipient, Exception cause) {
    super("Quote %s could not be e-mailed to %s: %s".formatted(quoteNumber, recipient,
        cause.getMessage()), cause);
  }
}
