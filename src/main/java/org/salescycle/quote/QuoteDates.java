package org.salescycle.quote;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as quotes, their e-mails and the acceptance page print them: "27 December 2026" (UTC). */
public final class QuoteDates {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private QuoteDates() {}

  public static String format(Instant instant) {
    return DAY.format(instant);
  }
}
