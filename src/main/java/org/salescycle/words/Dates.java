package org.salescycle.words;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people read them in quotes and e-mails: "27 December 2026" (UTC), "June 2027"; a moment
 * of a day, such as a meeting's start, as "14 Jan 2027, 10:00 UTC". The same in another language
 * with that language's month names: "27 grudnia 2026", "14 sty 2027, 10:00 UTC".
 */
public final class Dates {

  private static final String DAY = "d MMMM yyyy";
  private static final String MOMENT = "d MMM yyyy, HH:mm 'UTC'";
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
    return format(instant, Locale.ENGLISH);
  }

  public static String format(Instant instant, Locale locale) {
    return utc(DAY, locale).format(instant);
  }

  public static String moment(Instant instant) {
    return moment(instant, Locale.ENGLISH);
  }

  public static String moment(Instant instant, Locale locale) {
    return utc(MOMENT, locale).format(instant);
  }

  /** "14 Jan 2027, 10:00 to 11:00 UTC", or both moments in full when they are on two days. */
  public static String span(Instant start, Instant end) {
    return span(start, end, Locale.ENGLISH, "to");
  }

  /** A span in the locale, {@code to} the word between its ends ("to", "do"). */
  public static String span(Instant start, Instant end, Locale locale, String to) {
    if (format(start, locale).equals(format(end, locale))) {
      String from = moment(start, locale);
      return from.substring(0, from.length() - " UTC".length()) + " " + to + " "
          + TIME.format(end) + " UTC";
    }
    return moment(start, locale) + " " + to + " " + moment(end, locale);
  }

  private static DateTimeFormatter utc(String pattern, Locale locale) {
    return DateTimeFormatter.ofPattern(pattern, locale).withZone(ZoneOffset.UTC);
  }
}
