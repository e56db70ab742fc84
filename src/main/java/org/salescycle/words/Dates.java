package org.salescycle.words;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people read them in quotes and e-mails: "27 December 2026" (UTC). */
public final class Dates {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private Dates() {}

  public static String format(Instant instant) {
    return DAY.format(instant);
  }
}
