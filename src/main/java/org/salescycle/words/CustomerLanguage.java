package org.salescycle.words;

import java.util.Locale;

/**
 * The language a customer reads its documents in (quote PDF and e-mail, acceptance page, demo
 * invitation): Polish for a lead in Poland, English for every other. The one place that decides
 * it, so a language chosen per lead can replace the rule.
 */
public final class CustomerLanguage {

  public static final Locale POLISH = Locale.forLanguageTag("pl-PL");
  public static final Locale ENGLISH = Locale.ENGLISH;

  private CustomerLanguage() {}

  /** The language for a lead's ISO country code. */
  public static Locale of(String country) {
    return "PL".equalsIgnoreCase(country) ? POLISH : ENGLISH;
  }
}
