package org.salescycle.quote;

import java.time.Instant;
import org.salescycle.words.Dates;

/** Dates as quotes, their e-mails and the acceptance page print them: "27 December 2026" (UTC). */
final class QuoteDates {

  private QuoteDates() {}

  static String format(Instant instant) {
    return Dates.format(instant);
  }
}
