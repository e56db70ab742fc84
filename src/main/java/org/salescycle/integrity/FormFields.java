package org.salescycle.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The variables a Camunda Form (form-js JSON) submits: one per field key, and one per group or
 * dynamic list that has a path (its fields are submitted inside it). Read-only and disabled
 * fields only show values, and expression fields compute them in the browser: the form sends
 * them back, but they are no answers. A number field's answer must be a number within the
 * field's own min and max, whoever sends it.
 */
record FormFields(Set<String> answers, Set<String> shown, Map<String, Range> numbers) {

  /** The bounds a number field's own validation sets; null where it sets none. */
  record Range(BigDecimal min, BigDecimal max) {

    /** Why the value is no number this field takes; null when it is one. */
    String refuse(Object value) {
      if (!(value instanceof Number number) || !finite(number)) {
        return "must be a number";
      }
      BigDecimal exact = new BigDecimal(number.toString());
      if ((min != null && exact.compareTo(min) < 0) || (max != null && exact.compareTo(max) > 0)) {
        return "must be a number" + (min != null ? " from " + min.toPlainString() : "")
            + (max != null ? " up to " + max.toPlainString() : "");
      }
      return null;
    }

    private static boolean finite(Number number) {
      return !(number instanceof Double d && (d.isNaN() || d.isInfinite()))
          && !(number instanceof Float f && (f.isNaN() || f.isInfinite()));
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  static FormFields parse(InputStream form) {
    try (form) {
      Set<String> answers = new LinkedHashSet<>();
      Set<String> shown = new LinkedHashSet<>();
      Map<String, Range> numbers = new LinkedHashMap<>();
      collect(JSON.readTree(form), answers, shown, numbers);
      shown.removeAll(answers);
      return new FormFields(Set.copyOf(answers), Set.copyOf(shown), Map.copyOf(numbers));
    } catch (IOException e) {
      throw new UncheckedIOException("A deployed form is not valid JSON", e);
    }
  }

  static FormFields none() {
    return new FormFields(Set.of(), Set.of(), Map.of());
  }

  private static void collect(JsonNode container, Set<String> answers, Set<String> shown,
      Map<String, Range> numbers) {
    for (JsonNode component : container.path("components")) {
      String path = component.path("path").asText("");
      if (!path.isEmpty() && component.has("components")) {
        (editableInside(component) ? answers : shown).add(topLevel(path));
      } else if (component.hasNonNull("key")) {
        String key = component.get("key").asText();
        (isAnswer(component) ? answers : shown).add(topLevel(key));
        if (isAnswer(component) && "number".equals(component.path("type").asText())
            && !key.contains(".")) {
          JsonNode validate = component.path("validate");
          numbers.put(key, new Range(bound(validate.get("min")), bound(validate.get("max"))));
        }
      } else {
        collect(component, answers, shown, numbers);
      }
    }
  }

  private static BigDecimal bound(JsonNode value) {
    return value != null && value.isNumber() ? value.decimalValue() : null;
  }

  private static boolean editableInside(JsonNode group) {
    for (JsonNode component : group.path("components")) {
      if ((component.hasNonNull("key") && isAnswer(component)) || editableInside(component)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAnswer(JsonNode field) {
    return !field.path("readonly").asBoolean(false) && !field.path("disabled").asBoolean(false)
        && !"expression".equals(field.path("type").asText());
  }

  private static String topLevel(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }
}
