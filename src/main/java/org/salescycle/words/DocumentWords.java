package org.salescycle.words;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the customer's documents in one language, from the bundle
 * {@code messages/documents_<language>.properties}. A text's placeholders are those of
 * {@link String#format} ({@code %s}, {@code %1$s}), so apostrophes need no escaping.
 */
public final class DocumentWords {

  private static final String BUNDLE = "messages/documents";
  // Never the JVM's default locale: a language without a bundle must fail, not print another.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ResourceBundle bundle;

  private DocumentWords(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
  }

  public static DocumentWords in(Locale locale) {
    return new DocumentWords(locale);
  }

  public Locale locale() {
    return locale;
  }

  /** The language tag for an HTML page's {@code lang}: "en", "pl". */
  public String language() {
    return locale.getLanguage();
  }

  public String text(String key, Object... arguments) {
    return String.format(locale, bundle.getString(key), arguments);
  }

  public String amount(BigDecimal amount, Currency currency) {
    return Amounts.format(amount, currency, locale);
  }

  public String percent(BigDecimal value) {
    return Amounts.percent(value, locale);
  }

  public String date(Instant instant) {
    return Dates.format(instant, locale);
  }

  /** A meeting's start and end: "14 Jan 2027, 10:00 to 11:00 UTC". */
  public String span(Instant start, Instant end) {
    return Dates.span(start, end, locale, text("dates.to"));
  }
}
