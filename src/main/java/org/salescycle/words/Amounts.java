package org.salescycle.words;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/**
 * Money as quotes and their e-mails print it: "12,300.50 EUR" in English, in the currency's
 * decimals. In another language with that language's separators, and the local symbol for the
 * country's own currency: "12 300,50 zł", but "12 300,50 EUR" in Polish.
 */
public final class Amounts {

  private Amounts() {}

  public static String format(BigDecimal amount, Currency currency) {
    return format(amount, currency, Locale.ENGLISH);
  }

  public static String format(BigDecimal amount, Currency currency, Locale locale) {
    int digits = currency.getDefaultFractionDigits();
    return number(amount, digits, locale) + " " + unit(currency, locale);
  }

  public static String number(BigDecimal amount, int digits) {
    return number(amount, digits, Locale.ENGLISH);
  }

  /**
   * The JDK's separators for the locale; Polish groups with a no-break space (U+00A0), which the
   * quote PDF's font prints.
   */
  public static String number(BigDecimal amount, int digits, Locale locale) {
    var pattern = digits > 0 ? "#,##0." + "0".repeat(digits) : "#,##0";
    var format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
    return format.format(amount.setScale(Math.max(digits, 0), RoundingMode.HALF_UP));
  }

  /** A percentage without needless zeros: "5", "12.5". */
  public static String percent(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString() + "%";
  }

  /** A percentage with the locale's decimal separator: "12,5%" in Polish. */
  public static String percent(BigDecimal value, Locale locale) {
    char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    return percent(value).replace('.', decimal);
  }

  private static String unit(Currency currency, Locale locale) {
    boolean local = !locale.getCountry().isEmpty()
        && currency.equals(Currency.getInstance(locale));
    return local ? currency.getSymbol(locale) : currency.getCurrencyCode();
  }
}
