package org.salescycle.benchmark.tasks;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.salescycle.benchmark.measure.Progress;

/**
 * Open tasks of a one-task process in an engine's task table, standing in for the prospects
 * waiting in Tasklist.
 */
public final class WaitingTasks {

  private static final String KEY = "benchmark-waiting";
  /** Starts in parallel: 100,000 on PostgreSQL take about 3 minutes. */
  private static final int FILLERS = 4;

  private WaitingTasks() {}

  /**
   * Starts {@code count} instances that wait in a task offered to the group. A due date
   * expression, if given, makes them due as the model's tasks are (a time of day to the
   * millisecond), so that a queue ordered by due date sorts them as it sorts real ones.
   */
  public static void fill(ProcessEngine engine, int count, String candidateGroup,
      String dueDateExpression, String whose) {
    UserTaskBuilder task = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
        .startEvent().userTask("Task_Wait").camundaCandidateGroups(candidateGroup);
    if (dueDateExpression != null) {
      task.camundaDueDate(dueDateExpression);
    }
    engine.getRepositoryService().createDeployment()
        .addModelInstance("waiting.bpmn", task.endEvent().done()).deploy();
    AtomicInteger started = new AtomicInteger();
    Callers.run(FILLERS, filler -> {
      for (int i = filler; i < count; i += FILLERS) {
        engine.getRuntimeService().startProcessInstanceByKey(KEY);
        int done = started.incrementAndGet();
        if (done % 10_000 == 0) {
          Progress.say("Open tasks, %s: %,d of %,d", whose, done, count);
        }
      }
    });
  }
}
