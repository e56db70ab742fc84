package org.salescycle.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * The tasks one engine command created or assigned, told when the command's work is done and
 * before it commits. Waiting for the end makes the e-mail follow where a task ends up: a task
 * another listener assigns right after creating it is news for its assignee, not for its group.
 */
class TaskEvents implements Session, CommandContextListener {

  /** A task created or assigned in this command, and the user who did it (null: the engine). */
  record TaskEvent(DelegateTask task, String by) {}

  private final TaskNotifications notifications;
  private final Map<String, TaskEvent> created = new LinkedHashMap<>();
  private final Map<String, TaskEvent> assigned = new LinkedHashMap<>();

  private TaskEvents(TaskNotifications notifications) {
    this.notifications = notifications;
  }

  static TaskEvents ofCurrentCommand() {
    return Context.getCommandContext().getSession(TaskEvents.class);
  }

  void created(DelegateTask task) {
    created.put(task.getId(), new TaskEvent(task, currentUser()));
  }

  void assigned(DelegateTask task) {
    assigned.put(task.getId(), new TaskEvent(task, currentUser()));
  }

  private static String currentUser() {
    return Context.getCommandContext().getAuthenticatedUserId();
  }

  @Override
  public void onCommandContextClose(CommandContext commandContext) {
    notifications.tell(created.values(), assigned.values());
  }

  @Override
  public void onCommandFailed(CommandContext commandContext, Throwable failure) {
    // nothing was committed, so nobody is told
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** Opens one TaskEvents per command, registered to hear the command's end. */
  static class Factory implements SessionFactory {

    private final Supplier<TaskNotifications> notifications;

    Factory(Supplier<TaskNotifications> notifications) {
      this.notifications = notifications;
    }

    @Override
    public Class<?> getSessionType() {
      return TaskEvents.class;
    }

    @Override
    public Session openSession() {
      TaskEvents events = new TaskEvents(notifications.get());
      Context.getCommandContext().registerCommandContextListener(events);
      return events;
    }
  }
}
