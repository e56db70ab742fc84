package org.salescycle.process;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * "Evaluate prospect" for tests that walk a lead past it with the job executor off. The paths
 * meet at the join asynchronously, so each path that arrives leaves a job there; until those jobs
 * have run, the prospect does not reach "Prepare quote".
 */
public final class Evaluation {

  public static final String CREDIT_CHECK = "Task_RunCreditCheck";
  public static final String SCHEDULE_DEMO = "Task_ScheduleProductDemo";
  public static final String SEND_INVITATION = "Task_SendDemoInvitation";
  public static final String RECORD_DEMO = "Task_RecordDemoOutcome";
  public static final String SEND_CANCELLATION = "Task_SendDemoCancellation";
  public static final String JOIN = "Gateway_EvaluationComplete";

  /** The demo {@link #holdDemo} schedules: an hour ahead, for half an hour. */
  public static final Duration DEMO_AHEAD = Duration.ofHours(1);
  public static final int DEMO_MINUTES = 30;

  private Evaluation() {}

  /**
   * Runs the credit check, holds the demo ({@link #holdDemo}) and runs the join: for a lead the
   * credit policy approves, such as {@link Leads#qualifiedLead()}, the prospect then waits at
   * "Prepare quote".
   */
  public static void pass(ManagementService management, TaskService tasks, String processInstanceId) {
    executeJobsAt(management, processInstanceId, CREDIT_CHECK);
    holdDemo(management, tasks, processInstanceId);
    join(management, processInstanceId);
  }

  /**
   * The demo from scheduling to "held": {@link #scheduleDemo} and {@link #recordDemoHeld}. The
   * demo's path then waits at the join.
   */
  public static void holdDemo(ManagementService management, TaskService tasks,
      String processInstanceId) {
    scheduleDemo(management, tasks, processInstanceId);
    recordDemoHeld(tasks, processInstanceId);
  }

  /**
   * Records the demo {@link #scheduleDemo} scheduled as held, with the engine's clock moved past
   * its end for that step alone.
   */
  public static void recordDemoHeld(TaskService tasks, String processInstanceId) {
    Date now = ClockUtil.getCurrentTime();
    boolean systemClock = Math.abs(now.getTime() - System.currentTimeMillis()) < 1_000;
    ClockUtil.setCurrentTime(Date.from(now.toInstant().plus(DEMO_AHEAD)
        .plus(Duration.ofMinutes(DEMO_MINUTES))));
    try {
      complete(tasks, processInstanceId, RECORD_DEMO, Map.of("demoOutcome", "HELD",
          "demoFeedback", "Liked the pipeline report"));
    } finally {
      // back to the clock the test had: the system's, or the time it had set
      if (systemClock) {
        ClockUtil.reset();
      } else {
        ClockUtil.setCurrentTime(now);
      }
    }
  }

  /**
   * Schedules the demo an hour ahead and sends its invitation (nothing goes out without an SMTP
   * host): "Record demo outcome" waits.
   */
  public static void scheduleDemo(ManagementService management, TaskService tasks,
      String processInstanceId) {
    Instant start = ClockUtil.getCurrentTime().toInstant().plus(DEMO_AHEAD);
    complete(tasks, processInstanceId, SCHEDULE_DEMO, Map.of("demoStart", start.toString(),
        "demoDurationMinutes", DEMO_MINUTES, "demoLocation", "https://meet.example/demo"));
    executeJobsAt(management, processInstanceId, SEND_INVITATION);
  }

  /**
   * Runs the credit check, schedules the demo and cancels it (the cancellation goes out) and runs
   * the join: the prospect waits at "Prepare quote", and the engine's clock never moved.
   */
  public static void passWithCancelledDemo(ManagementService management, TaskService tasks,
      String processInstanceId) {
    executeJobsAt(management, processInstanceId, CREDIT_CHECK);
    scheduleDemo(management, tasks, processInstanceId);
    complete(tasks, processInstanceId, RECORD_DEMO, Map.of("demoOutcome", "CANCELLED",
        "demoCancelReason", "The prospect saw the product at the fair"));
    executeJobsAt(management, processInstanceId, SEND_CANCELLATION);
    join(management, processInstanceId);
  }

  /** Runs the jobs the paths left at the join. */
  public static void join(ManagementService management, String processInstanceId) {
    executeJobsAt(management, processInstanceId, JOIN);
  }

  private static void complete(TaskService tasks, String processInstanceId, String step,
      Map<String, Object> answers) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(step).singleResult().getId(), answers);
  }

  // By activity: a prospect in the evaluation also has the overdue timer of the subprocess.
  private static void executeJobsAt(ManagementService management, String processInstanceId,
      String activityId) {
    management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).list()
        .forEach(job -> management.executeJob(job.getId()));
  }
}
