package org.salescycle.integrity;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ActivateJobCmd;
import org.camunda.bpm.engine.impl.cmd.ActivateJobDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CreateIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstancesByProcessInstanceIdCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.ExtendLockOnExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.FetchExternalTasksCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskFailureCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.LockExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetExternalTaskPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetExternalTaskRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetExternalTasksRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDefinitionPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobsRetriesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.SuspendJobCmd;
import org.camunda.bpm.engine.impl.cmd.SuspendJobDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockJobCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.camunda.bpm.engine.impl.jobexecutor.SuccessfulJobListener;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;

/**
 * Engine commands only administrators may send: each would let a user rewrite what the
 * application's steps establish, or run the engine's machinery by hand. The application's own
 * steps send some of them (a withdrawal's message, urgency's variables) with elevated rights,
 * after checking their own rules.
 */
final class AdministratorsOnly {

  private static final Map<Class<?>, String> COMMANDS = new LinkedHashMap<>();

  static {
    String variables = "set, change or delete process variables outside a task's completion";
    for (Class<?> command : new Class<?>[] {SetExecutionVariablesCmd.class,
        PatchExecutionVariablesCmd.class, RemoveExecutionVariablesCmd.class,
        SetTaskVariablesCmd.class, PatchTaskVariablesCmd.class, RemoveTaskVariablesCmd.class,
        SetVariablesToProcessInstancesBatchCmd.class, DeleteHistoricVariableInstanceCmd.class,
        DeleteHistoricVariableInstancesByProcessInstanceIdCmd.class}) {
      COMMANDS.put(command, variables);
    }
    String tokens = "move, start, restart or migrate process instances at chosen steps";
    for (Class<?> command : new Class<?>[] {ModifyProcessInstanceCmd.class,
        ModifyProcessInstanceAsyncCmd.class, ProcessInstanceModificationCmd.class,
        ProcessInstanceModificationBatchCmd.class, StartProcessInstanceAtActivitiesCmd.class,
        RestartProcessInstancesCmd.class, RestartProcessInstancesBatchCmd.class,
        MigrateProcessInstanceCmd.class}) {
      COMMANDS.put(command, tokens);
    }
    String events = "send messages, signals or errors to process instances (use the lead API's events)";
    for (Class<?> command : new Class<?>[] {CorrelateMessageCmd.class,
        CorrelateAllMessageCmd.class, MessageEventReceivedCmd.class, SignalEventReceivedCmd.class,
        SignalCmd.class, HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class}) {
      COMMANDS.put(command, events);
    }
    String jobs = "reschedule, suspend, run, reprioritise or delete jobs";
    for (Class<?> command : new Class<?>[] {SetJobDuedateCmd.class, RecalculateJobDuedateCmd.class,
        SuspendJobCmd.class, ActivateJobCmd.class, SetJobPriorityCmd.class, DeleteJobCmd.class,
        DeleteJobsCmd.class, ExecuteJobsCmd.class, UnlockJobCmd.class,
        SuspendJobDefinitionCmd.class, ActivateJobDefinitionCmd.class,
        SetJobDefinitionPriorityCmd.class, SetJobsRetriesBatchCmd.class,
        // Running a job by hand ends in one of these, which would count the refused run as a
        // failed attempt of the job.
        FailedJobListener.class, SuccessfulJobListener.class}) {
      COMMANDS.put(command, jobs);
    }
    String externalTasks = "work external tasks";
    for (Class<?> command : new Class<?>[] {FetchExternalTasksCmd.class, LockExternalTaskCmd.class,
        ExtendLockOnExternalTaskCmd.class, UnlockExternalTaskCmd.class,
        CompleteExternalTaskCmd.class, HandleExternalTaskBpmnErrorCmd.class,
        HandleExternalTaskFailureCmd.class, SetExternalTaskRetriesCmd.class,
        SetExternalTasksRetriesCmd.class, SetExternalTaskPriorityCmd.class}) {
      COMMANDS.put(command, externalTasks);
    }
    COMMANDS.put(CreateIncidentCmd.class, "raise or resolve incidents by hand");
    COMMANDS.put(ResolveIncidentCmd.class, "raise or resolve incidents by hand");
  }

  private AdministratorsOnly() {}

  static boolean includes(Command<?> command) {
    return COMMANDS.containsKey(command.getClass());
  }

  static String describe(Command<?> command) {
    return COMMANDS.get(command.getClass());
  }

  /** What each refused kind of command is, for the documentation and its test. */
  static Map<Class<?>, String> all() {
    return Map.copyOf(COMMANDS);
  }
}
