package org.salescycle.integrity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Whether a value a form sends back for a field it only shows is the value the process holds: a
 * browser sends numbers and dates in its own notation, so 12000 equals 12000.0 and a date equals
 * its ISO text.
 */
final class SameValue {

  private static final DateTimeFormatter ENGINE_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private SameValue() {}

  static Object submitted(Map<String, Object> variables, String name) {
    Object value = variables instanceof VariableMap typed ? typed.getValueTyped(name)
        : variables.get(name);
    return value instanceof TypedValue typedValue ? typedValue.getValue() : value;
  }

  static boolean same(Object held, Object sent) {
    if (held == null || sent == null) {
      return held == null && (sent == null || "".equals(sent));
    }
    if (held instanceof Number a && sent instanceof Number b) {
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    if (held instanceof Date date) {
      Instant sentInstant = sent instanceof Date d ? d.toInstant() : parse(sent.toString());
      return sentInstant != null
          && Math.abs(sentInstant.toEpochMilli() - date.getTime()) < 1000;
    }
    return Objects.equals(held, sent) || held.toString().equals(sent.toString());
  }

  private static Instant parse(String text) {
    try {
      return OffsetDateTime.parse(text, ENGINE_DATE).toInstant();
    } catch (DateTimeParseException notEngineFormat) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException notOffset) {
        try {
          return LocalDateTime.parse(text).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException notLocal) {
          return null;
        }
      }
    }
  }
}
