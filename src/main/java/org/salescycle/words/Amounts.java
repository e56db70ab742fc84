package org.salescycle.words;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** Money as quotes and their e-mails print it: "12,300.50 EUR", in the currency's decimals. */
public final class Amounts {

  private Amounts() {}

  public static String format(BigDecimal amount, Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    return number(amount, digits) + " " + currency.getCurrencyCode();
  }

  public static String number(BigDecimal amount, int digits) {
    var pattern = digits > 0 ? "#,##0." + "0".repeat(digits) : "#,##0";
    var format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(amount.setScale(Math.max(digits, 0), RoundingMode.HALF_UP));
  }

  /** A percentage without needless zeros: "5", "12.5". */
  public static String percent(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString() + "%";
  }
}
