package org.salescycle.words;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people read them in quotes and e-mails: "27 December 2026" (UTC), "June 2027". */
public final class Dates {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  private Dates() {}

  /** A month: "June 2027". */
  public static String month(YearMonth month) {
    return MONTH.format(month);
  }

  public static String format(Instant instant) {
    return DAY.format(instant);
  }
}
