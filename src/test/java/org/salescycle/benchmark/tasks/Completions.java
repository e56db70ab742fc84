package org.salescycle.benchmark.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    List<Callable<Void>> slices = new ArrayList<>();
    for (int caller = 0; caller < callers; caller++) {
      List<String> slice = everyNth(taskIds, caller, callers);
      slices.add(() -> {
        slice.forEach(id -> tasks.complete(id, variables));
        return null;
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      long begin = System.nanoTime();
      for (Future<Void> slice : pool.invokeAll(slices)) {
        slice.get();
      }
      return taskIds.size() / ((System.nanoTime() - begin) / 1e9);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while completing tasks", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("A task could not be completed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> everyNth(List<String> ids, int first, int step) {
    List<String> slice = new ArrayList<>();
    for (int i = first; i < ids.size(); i += step) {
      slice.add(ids.get(i));
    }
    return slice;
  }
}
