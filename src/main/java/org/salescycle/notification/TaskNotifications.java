package org.salescycle.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.salescycle.shared.SalesGroups;
import org.springframework.stereotype.Component;

/**
 * Who hears of a task: its assignee when it is assigned to her by someone else or created assigned
 * to her by anything but her own step (a lead's next step that opens in her My tasks as she
 * completes the one before is no news to her); the sales managers when a task for them waits; the members of its groups when
 * a new task waits unassigned, if new work is e-mailed at once. Whoever's step created a task for
 * her own group is not told of it. The e-mails are queued in the engine's transaction; a failure
 * to queue them is logged and never fails the engine's change.
 */
@Component
class TaskNotifications {

  private final NotificationSwitch notifications;
  private final NotificationProperties properties;
  private final Recipients recipients;
  private final WorkItems workItems;
  private final Outbox outbox;
  private final SafeQueueing queueing;

  TaskNotifications(NotificationSwitch notifications, NotificationProperties properties,
      Recipients recipients, WorkItems workItems, Outbox outbox, SafeQueueing queueing) {
    this.notifications = notifications;
    this.properties = properties;
    this.recipients = recipients;
    this.workItems = workItems;
    this.outbox = outbox;
    this.queueing = queueing;
  }

  void tell(Collection<TaskEvents.TaskEvent> created, Collection<TaskEvents.TaskEvent> assigned) {
    if (!notifications.on()) {
      return;
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Set<String> told = new HashSet<>();
    for (TaskEvents.TaskEvent creation : created) {
      DelegateTask task = creation.task();
      if (open(task)) {
        told.add(task.getId());
        if (task.getAssignee() != null) {
          if (!task.getAssignee().equals(creation.by())) {
            tellAssignee(task, now);
          }
        } else {
          tellGroups(task, creation.by(), now);
        }
      }
    }
    for (TaskEvents.TaskEvent assignment : assigned) {
      DelegateTask task = assignment.task();
      if (!told.contains(task.getId()) && open(task) && task.getAssignee() != null
          && !task.getAssignee().equals(assignment.by())) {
        tellAssignee(task, now);
      }
    }
  }

  private void tellAssignee(DelegateTask task, Instant now) {
    String assignee = task.getAssignee();
    guarded(task, () -> recipients.user(assignee).ifPresent(person -> outbox.add(
        NotificationTexts.assigned("assigned:%s:%s".formatted(task.getId(), assignee), person,
            workItem(task)), now)));
  }

  /** Every member of the task's groups but the user whose step created it. */
  private void tellGroups(DelegateTask task, String createdBy, Instant now) {
    guarded(task, () -> {
      List<String> groups = candidateGroups(task);
      WorkItem item = null;
      for (String group : groups) {
        boolean managers = SalesGroups.MANAGERS.equals(group);
        if (!managers && properties.newWork() != NotificationProperties.NewWork.IMMEDIATE) {
          continue;
        }
        String groupName = recipients.groupName(group);
        for (Person member : recipients.membersOf(group)) {
          if (member.userId().equals(createdBy)) {
            continue;
          }
          item = item != null ? item : workItem(task);
          String key = "new:%s:%s".formatted(task.getId(), member.userId());
          outbox.add(managers
              ? NotificationTexts.waitingForManager(key, member, item)
              : NotificationTexts.newWork(key, member, groupName, item), now);
        }
      }
    });
  }

  private WorkItem workItem(DelegateTask task) {
    return workItems.of(task.getId(), task.getName(), task.getDueDate(),
        task.getProcessInstanceId());
  }

  /** Managers first: a user in both groups gets the managers' e-mail. */
  private static List<String> candidateGroups(DelegateTask task) {
    return task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(group -> group != null)
        .distinct()
        .sorted((a, b) -> Boolean.compare(!SalesGroups.MANAGERS.equals(a),
            !SalesGroups.MANAGERS.equals(b)))
        .toList();
  }

  private static boolean open(DelegateTask task) {
    return !(task instanceof TaskEntity entity) || !entity.isDeleted();
  }

  private void guarded(DelegateTask task, Runnable queuing) {
    queueing.run("task '%s' (%s)".formatted(task.getName(), task.getId()), queuing);
  }
}
