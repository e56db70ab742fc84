package org.salescycle.benchmark.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * An engine whose "Qualify lead" tasks the benchmark completes with "QUALIFY", so that each
 * completion runs on to "Hold discovery dialogue": the application's or the bare engine's.
 */
public record QualifyLeadTasks(String name, ProcessEngine engine, String processKey,
    Supplier<Map<String, Object>> lead) {

  public static final Map<String, Object> QUALIFIED = Map.of(
      "qualificationDecision", "QUALIFY", "interestConfirmed", true);

  /** Starts that many leads and returns the ids of their "Qualify lead" tasks. */
  public List<String> open(int count) {
    List<String> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String instance = engine.getRuntimeService()
          .startProcessInstanceByKey(processKey, lead.get()).getId();
      ids.add(engine.getTaskService().createTaskQuery().processInstanceId(instance)
          .singleResult().getId());
    }
    return ids;
  }

  public double completePerSecond(List<String> taskIds, int callers) {
    return Completions.perSecond(engine.getTaskService(), taskIds, QUALIFIED, callers);
  }
}
