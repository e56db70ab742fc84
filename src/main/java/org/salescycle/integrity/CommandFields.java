package org.salescycle.integrity;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.GetJobExceptionStacktraceCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Reads what a user's engine command carries (which task, which variables), from the command's
 * own fields: the engine offers no other way to see a command before it runs. Each field read
 * here is listed in {@link #READ}; CommandFieldsTest fails when an engine upgrade renames one.
 */
final class CommandFields {

  /** Every command class and field this guard reads. */
  static final Map<Class<?>, List<String>> READ = Map.of(
      CompleteTaskCmd.class, List.of("taskId", "variables"),
      SubmitTaskFormCmd.class, List.of("taskId", "properties"),
      SubmitStartFormCmd.class, List.of("processDefinitionId", "variables"),
      StartProcessInstanceCmd.class, List.of("instantiationBuilder"),
      SetJobRetriesCmd.class, List.of("jobId", "jobIds", "jobDefinitionId"),
      GetJobExceptionStacktraceCmd.class, List.of("jobId"));

  private CommandFields() {}

  static String taskId(Command<?> command) {
    return (String) read(command, "taskId");
  }

  /** The variables a task completion or form submission sets. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> taskVariables(Command<?> command) {
    return (Map<String, Object>) read(command,
        command instanceof SubmitTaskFormCmd ? "properties" : "variables");
  }

  static void replaceTaskVariables(Command<?> command, Map<String, Object> variables) {
    write(command, command instanceof SubmitTaskFormCmd ? "properties" : "variables", variables);
  }

  static String startFormDefinitionId(SubmitStartFormCmd command) {
    return (String) read(command, "processDefinitionId");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> startFormVariables(SubmitStartFormCmd command) {
    return (Map<String, Object>) read(command, "variables");
  }

  static ProcessInstantiationBuilderImpl instantiation(StartProcessInstanceCmd command) {
    return (ProcessInstantiationBuilderImpl) read(command, "instantiationBuilder");
  }

  /** The jobs a command names, one or many. */
  @SuppressWarnings("unchecked")
  static List<String> jobIds(Command<?> command) {
    String single = (String) read(command, "jobId");
    Object many = command instanceof SetJobRetriesCmd ? read(command, "jobIds") : null;
    if (single != null) {
      return List.of(single);
    }
    return many == null ? List.of() : List.copyOf((Collection<String>) many);
  }

  static String jobDefinitionId(SetJobRetriesCmd command) {
    return (String) read(command, "jobDefinitionId");
  }

  static Object read(Object command, String name) {
    try {
      return field(command.getClass(), name).get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read " + name + " of " + command.getClass(), e);
    }
  }

  private static void write(Object command, String name, Object value) {
    try {
      field(command.getClass(), name).set(command, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot write " + name + " of " + command.getClass(), e);
    }
  }

  static Field field(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException ignored) {
        // look in the superclass
      }
    }
    throw new IllegalStateException("The engine's " + type.getName() + " has no field " + name
        + "; the integrity guard needs updating for this engine version");
  }
}
