package org.salescycle.integrity;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;

/**
 * A claimed task is its assignee's. The engine grants a task's candidate groups read and work
 * rights on it and keeps them after a claim, and keeps an earlier assignee's rights after a
 * reassignment: any rep could read and complete a colleague's claimed task. This listener, given
 * to every user task, takes those grants away while the task has an assignee (the assignee and
 * the owner of a delegated task keep theirs) and gives the candidate groups theirs back when it is
 * unclaimed. Other updates of a task (priority, due date) leave its grants alone. Managers and
 * administrators keep their own, broader grants.
 */
class TaskAccessFollowsAssignee extends AbstractBpmnParseListener implements TaskListener {

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    TaskDefinition definition =
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, this);
    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, this);
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_UPDATE.equals(task.getEventName()) && task instanceof TaskEntity entity
        && !entity.getPropertyChanges().containsKey(TaskEntity.ASSIGNEE)) {
      return;
    }
    CommandContext context = Context.getCommandContext();
    context.runWithoutAuthorization(() -> {
      reconcile(context, task);
      return null;
    });
  }

  private static void reconcile(CommandContext context, DelegateTask task) {
    Set<String> groups = new HashSet<>();
    for (IdentityLink candidate : task.getCandidates()) {
      if (candidate.getGroupId() != null) {
        groups.add(candidate.getGroupId());
      }
    }
    List<AuthorizationEntity> grants = grantsOn(context, task.getId());
    DbEntityManager database = context.getDbEntityManager();
    if (task.getAssignee() == null) {
      for (String group : groups) {
        if (grants.stream().noneMatch(grant -> group.equals(grant.getGroupId()))) {
          database.insert(groupGrant(context, group, task.getId()));
        }
      }
      return;
    }
    for (AuthorizationEntity grant : grants) {
      boolean candidateGroup = grant.getGroupId() != null && groups.contains(grant.getGroupId());
      boolean otherUser = grant.getUserId() != null
          && !grant.getUserId().equals(task.getAssignee())
          && !Objects.equals(grant.getUserId(), task.getOwner());
      if (candidateGroup || otherUser) {
        database.delete(grant);
      }
    }
  }

  /** The grants on the task, stored or created earlier in this command. */
  private static List<AuthorizationEntity> grantsOn(CommandContext context, String taskId) {
    AuthorizationQueryImpl stored = new AuthorizationQueryImpl();
    stored.resourceType(Resources.TASK).resourceId(taskId);
    stored.executeList(context, null);
    return context.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class).stream()
        .filter(grant -> grant.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
            && grant.getResourceType() == Resources.TASK.resourceType()
            && taskId.equals(grant.getResourceId()))
        .toList();
  }

  private static AuthorizationEntity groupGrant(CommandContext context, String group,
      String taskId) {
    AuthorizationEntity grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(Resources.TASK);
    grant.setResourceId(taskId);
    grant.addPermission(Permissions.READ);
    grant.addPermission(context.getProcessEngineConfiguration().getDefaultUserPermissionForTask());
    return grant;
  }
}
