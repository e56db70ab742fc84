package org.salescycle.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Reads a variable that holds structured data however it arrived: as JSON (Tasklist sends a form
 * group or list that way), as JSON text, or as a map or list from the Java API; and writes data as
 * the Json variables a form's selects, tables and groups read.
 */
public final class JsonVariables {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonVariables() {}

  /**
   * The variable as the given type, or null when it is not set.
   *
   * @throws IllegalArgumentException when the value cannot be read as that type
   */
  public static <T> T read(VariableScope scope, String name, TypeReference<T> type) {
    TypedValue typed = scope.getVariableTyped(name, false);
    if (typed == null) {
      return null;
    }
    try {
      if (typed instanceof SerializableValue serializable
          && "application/json".equals(serializable.getSerializationDataFormat())) {
        String json = serializable.getValueSerialized();
        return json == null ? null : JSON.readValue(json, type);
      }
      Object value = scope.getVariable(name);
      if (value == null) {
        return null;
      }
      return value instanceof String text ? JSON.readValue(text, type)
          : JSON.convertValue(value, type);
    } catch (JsonProcessingException unreadable) {
      throw new IllegalArgumentException(name + " is not the JSON expected", unreadable);
    }
  }

  /** The value (maps, lists, strings, numbers) as a Json variable. */
  public static JsonValue json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
