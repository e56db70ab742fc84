package org.salescycle.process;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;

/**
 * "Evaluate prospect" for tests that walk a lead past it with the job executor off. The paths
 * meet at the join asynchronously, so each path that arrives leaves a job there; until those jobs
 * have run, the prospect does not reach "Prepare quote".
 */
public final class Evaluation {

  public static final String CREDIT_CHECK = "Task_RunCreditCheck";
  public static final String PRODUCT_DEMO = "Task_GiveProductDemo";
  public static final String JOIN = "Gateway_EvaluationComplete";

  private Evaluation() {}

  /**
   * Runs the credit check, completes the demo and runs the join: for a lead the credit policy
   * approves, such as {@link Leads#qualifiedLead()}, the prospect then waits at "Prepare quote".
   */
  public static void pass(ManagementService management, TaskService tasks, String processInstanceId) {
    executeJobsAt(management, processInstanceId, CREDIT_CHECK);
    tasks.complete(tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(PRODUCT_DEMO).singleResult().getId());
    join(management, processInstanceId);
  }

  /** Runs the jobs the paths left at the join. */
  public static void join(ManagementService management, String processInstanceId) {
    executeJobsAt(management, processInstanceId, JOIN);
  }

  // By activity: a prospect in the evaluation also has the overdue timer of the subprocess.
  private static void executeJobsAt(ManagementService management, String processInstanceId,
      String activityId) {
    management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).list()
        .forEach(job -> management.executeJob(job.getId()));
  }
}
