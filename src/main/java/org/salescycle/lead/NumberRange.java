package org.salescycle.lead;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The values a number may take: from {@code min} to {@code max}, and only whole ones where
 * {@code whole}. NaN, the infinities and text are in no range, nor are numbers of a type the
 * engine does not keep as a number (they would be stored as serialized objects).
 */
public record NumberRange(long min, long max, boolean whole) {

  public static NumberRange amount(long min, long max) {
    return new NumberRange(min, max, false);
  }

  public static NumberRange wholeNumber(long min, long max) {
    return new NumberRange(min, max, true);
  }

  public boolean contains(Object value) {
    BigDecimal number = exact(value);
    return number != null
        && number.compareTo(BigDecimal.valueOf(min)) >= 0
        && number.compareTo(BigDecimal.valueOf(max)) <= 0
        && (!whole || number.stripTrailingZeros().scale() <= 0);
  }

  /** What the range asks for, e.g. "a whole number from 0 to 120". */
  public String describe() {
    return String.format(Locale.ROOT, "%s from %,d to %,d",
        whole ? "a whole number" : "a number", min, max);
  }

  private static BigDecimal exact(Object value) {
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      return Double.isFinite(number) ? BigDecimal.valueOf(number) : null;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    return null;
  }
}
