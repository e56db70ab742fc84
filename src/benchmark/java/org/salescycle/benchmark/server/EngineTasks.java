package org.salescycle.benchmark.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;

/**
 * Working a process instance's user tasks over the engine REST API, as a rep's client would: wait
 * for the task (an asynchronous step may come before it), then complete it.
 */
public final class EngineTasks {

  private static final Duration POLL = Duration.ofMillis(20);
  private static final Duration LIMIT = Duration.ofMinutes(2);

  private EngineTasks() {}

  /** Waits for the instance's open task with this key and completes it with the variables. */
  public static void complete(Http worker, String processInstanceId, String taskKey,
      Map<String, Object> variables) {
    String query = "/engine-rest/task?processInstanceId=" + processInstanceId
        + "&taskDefinitionKey=" + taskKey;
    long deadline = System.nanoTime() + LIMIT.toNanos();
    JsonNode tasks = Http.expect(worker.get(query), 200, "Task query");
    while (tasks.isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("No task " + taskKey + " for " + processInstanceId);
      }
      sleep();
      tasks = Http.expect(worker.get(query), 200, "Task query");
    }
    Http.expect(worker.post("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
        Map.of("variables", RestVariables.of(variables)), Map.of()), 204, "Completing " + taskKey);
  }

  /** Waits until the process instance has ended (the runtime no longer knows it). */
  public static void awaitEnd(Http reader, String processInstanceId) {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (reader.get("/engine-rest/process-instance/" + processInstanceId).status() != 404) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Process instance " + processInstanceId + " did not end");
      }
      sleep();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
