package org.salescycle.quote;

import java.time.Instant;

/**
 * A quote revision as the quote table keeps it: the quote itself and what happened to it.
 *
 * @param validUntil when a sent quote expires (provisional while it is only prepared)
 */
public record StoredQuote(long id, Quote quote, Instant sentAt, String sentTo, Instant validUntil,
    Instant acceptedAt) {

  public boolean sent() {
    return sentAt != null;
  }

  public boolean accepted() {
    return acceptedAt != null;
  }
}
