package org.salescycle.words;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people read them in quotes and e-mails: "27 December 2026" (UTC), "June 2027"; a moment
 * of a day, such as a meeting's start, as "14 Jan 2027, 10:00 UTC".
 */
public final class Dates {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);
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

  public static String moment(Instant instant) {
    return MOMENT.format(instant);
  }

  /** "14 Jan 2027, 10:00 to 11:00 UTC", or both moments in full when they are on two days. */
  public static String span(Instant start, Instant end) {
    if (DAY.format(start).equals(DAY.format(end))) {
      String from = MOMENT.format(start);
      return from.substring(0, from.length() - " UTC".length()) + " to " + TIME.format(end)
          + " UTC";
    }
    return MOMENT.format(start) + " to " + MOMENT.format(end);
  }
}
