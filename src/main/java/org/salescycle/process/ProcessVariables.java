package org.salescycle.process;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads typed values from process variables, failing with the variable's name when one is missing. */
public final class ProcessVariables {

  private ProcessVariables() {}

  public static String requiredString(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new IllegalStateException("Process variable '%s' is required".formatted(name));
    }
    return value.toString();
  }

  public static String optionalString(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  public static BigDecimal requiredAmount(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    if (value instanceof String text && !text.isBlank()) {
      return new BigDecimal(text.trim());
    }
    throw new IllegalStateException("Process variable '%s' must be a number".formatted(name));
  }

  public static BigDecimal optionalAmount(VariableScope scope, String name, BigDecimal fallback) {
    return scope.getVariable(name) == null ? fallback : requiredAmount(scope, name);
  }

  public static int requiredInt(VariableScope scope, String name) {
    return requiredAmount(scope, name).intValueExact();
  }
}
