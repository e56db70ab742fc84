package org.salescycle.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The variables a Camunda Form (form-js JSON) submits: one per field key, and one per group or
 * dynamic list that has a path (its fields are submitted inside it). Read-only and disabled
 * fields only show values, and expression fields compute them in the browser: the form sends
 * them back, but they are no answers.
 */
record FormFields(Set<String> answers, Set<String> shown) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static FormFields parse(InputStream form) {
    try (form) {
      Set<String> answers = new LinkedHashSet<>();
      Set<String> shown = new LinkedHashSet<>();
      collect(JSON.readTree(form), answers, shown);
      shown.removeAll(answers);
      return new FormFields(Set.copyOf(answers), Set.copyOf(shown));
    } catch (IOException e) {
      throw new UncheckedIOException("A deployed form is not valid JSON", e);
    }
  }

  static FormFields none() {
    return new FormFields(Set.of(), Set.of());
  }

  private static void collect(JsonNode container, Set<String> answers, Set<String> shown) {
    for (JsonNode component : container.path("components")) {
      String path = component.path("path").asText("");
      if (!path.isEmpty() && component.has("components")) {
        (editableInside(component) ? answers : shown).add(topLevel(path));
      } else if (component.hasNonNull("key")) {
        (isAnswer(component) ? answers : shown).add(topLevel(component.get("key").asText()));
      } else {
        collect(component, answers, shown);
      }
    }
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
