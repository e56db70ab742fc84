package org.salescycle.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.HistoricJobLogQueryImpl;
import org.camunda.bpm.engine.impl.JobDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.JobQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetJobExceptionStacktraceCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.metrics.MetricsQueryImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.salescycle.shared.SalesGroups;

/**
 * Looks at every command a user (not an administrator, not the application's own elevated calls,
 * not the job executor) sends to the engine, whatever the path: Tasklist, the engine REST API or
 * the Java API. Only the command the user sent is checked; what the engine and the application's
 * steps do inside it is theirs.
 * <ul>
 *   <li>A task completion or form submission, and a process start, may set only the step's own
 *   answers ({@link StepAnswers}); a value the form only shows may come back unchanged and is not
 *   written again. Anything else is refused with a {@link RefusedAnswersException} (400), and so
 *   is a number answer that is NaN, text or outside its form field's own min and max.
 *   <li>Writing variables outside a completion, moving tokens, messages and signals, and changing
 *   jobs are for administrators ({@link AdministratorsOnly}); the application's own steps do them
 *   with elevated rights after checking their own rules.
 *   <li>Managers may retry the failed jobs of processes and read their job logs, as Cockpit does,
 *   but not the engine's own jobs (history cleanup, batches); reps and lead sources see no jobs.
 * </ul>
 */
class UserCommandGuard extends CommandInterceptor {

  private final ProcessEngineConfigurationImpl engine;
  private final StepAnswers steps = new StepAnswers();

  UserCommandGuard(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() == null) {
      Authentication user = engine.getIdentityService().getCurrentAuthentication();
      if (user != null && !isAdministrator(user)) {
        check(command, user);
      }
    }
    return next.execute(command);
  }

  private void check(Command<?> command, Authentication user) {
    if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
      checkTaskAnswers(command);
    } else if (command instanceof StartProcessInstanceCmd start) {
      ProcessInstantiationBuilderImpl builder = CommandFields.instantiation(start);
      checkStartAnswers(builder.getProcessDefinitionId(), builder.getProcessDefinitionKey(),
          builder.getVariables());
    } else if (command instanceof SubmitStartFormCmd submit) {
      checkStartAnswers(CommandFields.startFormDefinitionId(submit), null,
          CommandFields.startFormVariables(submit));
    } else if (AdministratorsOnly.includes(command)) {
      throw forbidden(user, AdministratorsOnly.describe(command));
    } else if (command instanceof SetJobRetriesCmd || command instanceof GetJobExceptionStacktraceCmd) {
      checkProcessJobs(command, user);
    } else if (isJobQuery(command)) {
      checkJobQuery(command, user);
    } else if (command instanceof MetricsQueryImpl) {
      throw forbidden(user, "read the engine's metrics");
    }
  }

  private void checkTaskAnswers(Command<?> command) {
    Map<String, Object> sent = CommandFields.taskVariables(command);
    if (sent == null || sent.isEmpty()) {
      return;
    }
    String taskId = CommandFields.taskId(command);
    Map<String, Object> kept = inEngine(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null) {
        return sent;
      }
      StepAnswers.Answers answers = steps.ofTask(context, task);
      return keep(answers, sent, task::getVariable, "Completing '" + answers.step() + "'");
    });
    if (kept.size() != sent.size()) {
      CommandFields.replaceTaskVariables(command, kept);
    }
  }

  private void checkStartAnswers(String definitionId, String key, Map<String, Object> sent) {
    if (sent == null || sent.isEmpty()) {
      return;
    }
    inEngine(context -> {
      ProcessDefinitionEntity definition = definitionId != null
          ? context.getProcessEngineConfiguration().getDeploymentCache()
              .findDeployedProcessDefinitionById(definitionId)
          : context.getProcessEngineConfiguration().getDeploymentCache()
              .findDeployedLatestProcessDefinitionByKey(key);
      StepAnswers.Answers answers = steps.ofStart(context, definition.getId());
      return keep(answers, sent, name -> null, "Starting '" + answers.step() + "'");
    });
  }

  /**
   * The sent variables the engine should write: the answers, without the shown fields that came
   * back unchanged. Throws when anything else was sent.
   */
  private static Map<String, Object> keep(StepAnswers.Answers answers, Map<String, Object> sent,
      Function<String, Object> held, String action) {
    if (!answers.restricted()) {
      return sent;
    }
    List<String> refused = new ArrayList<>();
    VariableMap kept = Variables.createVariables();
    for (String name : sent.keySet()) {
      if (answers.answers().contains(name)) {
        if (sent instanceof VariableMap typed) {
          kept.putValueTyped(name, typed.getValueTyped(name));
        } else {
          kept.put(name, sent.get(name));
        }
      } else if (!answers.shown().contains(name)
          || !SameValue.same(held.apply(name), SameValue.submitted(sent, name))) {
        refused.add(name);
      }
    }
    if (!refused.isEmpty()) {
      throw new RefusedAnswersException(action, refused, answers.answers());
    }
    List<String> invalid = new ArrayList<>();
    answers.numbers().forEach((name, range) -> {
      Object value = sent.containsKey(name) ? SameValue.submitted(sent, name) : null;
      String why = value == null ? null : range.refuse(value);
      if (why != null) {
        invalid.add(name + " " + why);
      }
    });
    if (!invalid.isEmpty()) {
      throw new BadUserRequestException(action + ": " + String.join("; ", invalid));
    }
    return kept.size() == sent.size() ? sent : kept;
  }

  private void checkProcessJobs(Command<?> command, Authentication user) {
    if (!isManager(user)) {
      throw forbidden(user, "retry or inspect jobs");
    }
    boolean engineJob = inEngine(context -> {
      if (command instanceof SetJobRetriesCmd retries
          && CommandFields.jobDefinitionId(retries) != null) {
        JobDefinitionEntity definition = context.getJobDefinitionManager()
            .findById(CommandFields.jobDefinitionId(retries));
        return definition != null && definition.getProcessDefinitionKey() == null;
      }
      for (String jobId : CommandFields.jobIds(command)) {
        JobEntity job = context.getJobManager().findJobById(jobId);
        if (job != null && job.getProcessDefinitionKey() == null) {
          return true;
        }
      }
      return false;
    });
    if (engineJob) {
      throw forbidden(user, "retry or inspect the engine's own jobs (history cleanup, batches)");
    }
  }

  private static boolean isJobQuery(Command<?> command) {
    return command instanceof JobQueryImpl || command instanceof HistoricJobLogQueryImpl
        || command instanceof JobDefinitionQueryImpl;
  }

  /** Managers read the jobs of a process instance or definition, as Cockpit asks for them. */
  private void checkJobQuery(Command<?> command, Authentication user) {
    if (!isManager(user)) {
      throw forbidden(user, "read jobs, job definitions or the job log");
    }
    boolean scoped;
    if (command instanceof JobQueryImpl jobs) {
      scoped = jobs.getProcessInstanceId() != null || jobs.getExecutionId() != null
          || (jobs.getProcessInstanceIds() != null && !jobs.getProcessInstanceIds().isEmpty());
    } else if (command instanceof HistoricJobLogQueryImpl log) {
      scoped = log.getProcessInstanceId() != null || log.getProcessDefinitionId() != null
          || log.getProcessDefinitionKey() != null;
    } else {
      JobDefinitionQueryImpl definitions = (JobDefinitionQueryImpl) command;
      scoped = definitions.getProcessDefinitionId() != null
          || definitions.getProcessDefinitionKey() != null;
    }
    if (!scoped) {
      throw forbidden(user, "list jobs beyond one process instance or definition");
    }
  }

  private <T> T inEngine(Function<CommandContext, T> lookup) {
    return next.execute(context -> context.runWithoutAuthorization(() -> lookup.apply(context)));
  }

  private boolean isAdministrator(Authentication user) {
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    return groups.stream().anyMatch(engine.getAdminGroups()::contains)
        || engine.getAdminUsers().contains(user.getUserId());
  }

  private static boolean isManager(Authentication user) {
    return user.getGroupIds() != null && user.getGroupIds().contains(SalesGroups.MANAGERS);
  }

  private static AuthorizationException forbidden(Authentication user, String what) {
    return new AuthorizationException("%s may not %s: only administrators may"
        .formatted(user.getUserId(), what));
  }
}
