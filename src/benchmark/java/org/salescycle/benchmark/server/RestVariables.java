package org.salescycle.benchmark.server;

import java.util.LinkedHashMap;
import java.util.Map;

/** Process variables as the engine REST API takes them: {name: {"value": ..., "type": ...}}. */
public final class RestVariables {

  /** A variable of the engine's Json type (Camunda Spin), given as JSON text. */
  public record Json(String text) {}

  private RestVariables() {}

  public static Map<String, Object> of(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, value instanceof Json json
        ? Map.of("type", "Json", "value", json.text()) : Map.of("value", value)));
    return variables;
  }
}
