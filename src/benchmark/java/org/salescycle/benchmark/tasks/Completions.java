package org.salescycle.benchmark.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;

/**
 * Completes open tasks through the Java API, by one caller or by several at once as reps working
 * side by side do; each caller takes every n-th task, so no two touch the same process instance.
 */
public final class Completions {

  private Completions() {}

  /** Completes all the tasks with the given variables; returns tasks per second. */
  public static double perSecond(TaskService tasks, List<String> taskIds,
      Map<String, Object> variables, int callers) {
    List<List<String>> slices = new ArrayList<>();
    for (int caller = 0; caller < callers; caller++) {
      slices.add(everyNth(taskIds, caller, callers));
    }
    long nanos = Callers.run(callers,
        caller -> slices.get(caller).forEach(id -> tasks.complete(id, variables)));
    return taskIds.size() / (nanos / 1e9);
  }

  private static List<String> everyNth(List<String> ids, int first, int step) {
    List<String> slice = new ArrayList<>();
    for (int i = first; i < ids.size(); i += step) {
      slice.add(ids.get(i));
    }
    return slice;
  }
}
