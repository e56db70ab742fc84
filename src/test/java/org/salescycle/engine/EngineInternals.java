package org.salescycle.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * What one patch of this package relies on inside the engine, checked by reflection and by reading
 * the engine's own resources; {@link #verify()} fails with one message naming the patch, what to
 * revisit and every internal that changed.
 */
final class EngineInternals {

  /** The Camunda version whose internals the patches were written against and checked with. */
  static final String CHECKED_ENGINE_VERSION = "7.24.0";

  private final String patch;
  private final String revisit;
  private final List<String> changed = new ArrayList<>();

  private EngineInternals(String patch, String revisit) {
    this.patch = patch;
    this.revisit = revisit;
  }

  /** The internals of {@code patch}, starting with the engine's version. */
  static EngineInternals of(String patch, String revisit) {
    return new EngineInternals(patch, revisit)
        .version("Camunda engine", engineVersion(), CHECKED_ENGINE_VERSION);
  }

  static String engineVersion() {
    Properties product = new Properties();
    try (InputStream in = ProcessEngine.class.getResourceAsStream("product-info.properties")) {
      product.load(in);
    } catch (IOException | NullPointerException e) {
      return "unknown (no org/camunda/bpm/engine/product-info.properties)";
    }
    return product.getProperty("camunda.version");
  }

  EngineInternals version(String library, String actual, String checked) {
    return that(checked.equals(actual),
        "%s is %s, the patch was checked with %s".formatted(library, actual, checked));
  }

  /** A method the patch overrides: still there, with these parameters, neither private nor final. */
  EngineInternals overridable(Class<?> owner, String name, Class<?>... parameters) {
    Method method = declared(owner, name, parameters);
    if (method != null) {
      int modifiers = method.getModifiers();
      that(!Modifier.isPrivate(modifiers) && !Modifier.isFinal(modifiers)
          && !Modifier.isStatic(modifiers) && !Modifier.isFinal(owner.getModifiers()),
          "%s can no longer be overridden (%s)".formatted(signature(owner, name, parameters),
              Modifier.toString(modifiers)));
    }
    return this;
  }

  /** A method the patch calls, on {@code owner} or a superclass, returning {@code returns}. */
  EngineInternals callable(Class<?> owner, Class<?> returns, String name, Class<?>... parameters) {
    Method method = declared(owner, name, parameters);
    if (method != null) {
      that(returns.isAssignableFrom(method.getReturnType()), "%s returns %s, not %s".formatted(
          signature(owner, name, parameters), method.getReturnType().getName(), returns.getName()));
    }
    return this;
  }

  EngineInternals constructor(Class<?> owner, Class<?>... parameters) {
    try {
      owner.getDeclaredConstructor(parameters);
    } catch (NoSuchMethodException e) {
      changed.add("no constructor " + signature(owner, "<init>", parameters));
    }
    return this;
  }

  /** A field the patch reads or assigns, of this type and visible to a subclass. */
  EngineInternals field(Class<?> owner, String name, Class<?> type) {
    try {
      Field field = owner.getDeclaredField(name);
      that(field.getType().equals(type) && !Modifier.isPrivate(field.getModifiers()),
          "field %s.%s is now %s %s".formatted(owner.getName(), name,
              Modifier.toString(field.getModifiers()), field.getType().getName()));
    } catch (NoSuchFieldException e) {
      changed.add("no field %s.%s".formatted(owner.getName(), name));
    }
    return this;
  }

  /** A resource of the engine's jar (a MyBatis mapping, a create script) holds these texts. */
  EngineInternals resourceContains(String path, String... texts) {
    String content = engineResource(path);
    if (content == null) {
      changed.add("no resource " + path + " in the engine's jar");
      return this;
    }
    for (String text : texts) {
      that(content.contains(text), "%s no longer contains: %s".formatted(path, text));
    }
    return this;
  }

  EngineInternals that(boolean holds, String whatChangedOtherwise) {
    if (!holds) {
      changed.add(whatChangedOtherwise);
    }
    return this;
  }

  void verify() {
    if (!changed.isEmpty()) {
      throw new AssertionError("""
          %s relies on engine internals that changed: revisit %s (see docs/engine.md), then \
          update this check.
            - %s""".formatted(patch, revisit, String.join("\n  - ", changed)));
    }
  }

  /** A text resource from the engine's jar, or null. */
  static String engineResource(String path) {
    try (InputStream in = ProcessEngine.class.getClassLoader().getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Method declared(Class<?> owner, String name, Class<?>... parameters) {
    for (Class<?> type = owner; type != null; type = type.getSuperclass()) {
      try {
        return type.getDeclaredMethod(name, parameters);
      } catch (NoSuchMethodException e) {
        // look in the superclass
      }
    }
    changed.add("no method " + signature(owner, name, parameters));
    return null;
  }

  private static String signature(Class<?> owner, String name, Class<?>... parameters) {
    return "%s.%s(%s)".formatted(owner.getName(), name,
        Arrays.stream(parameters).map(Class::getSimpleName).collect(Collectors.joining(", ")));
  }
}
