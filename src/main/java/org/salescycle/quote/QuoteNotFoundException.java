package org.salescycle.quote;

/** The lead has no quote revision with this number, or it has not been sent (no PDF yet). */
public class QuoteNotFoundException extends RuntimeException {

  public QuoteNotFoundException(String leadId, int revision) {
    super("Lead %s has no sent quote revision %d".formatted(leadId, revision));
  }
}
