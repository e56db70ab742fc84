package org.salescycle.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.salescycle.identity.ElevatedAccess;
import org.salescycle.shared.SalesGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled e-mails: every morning each rep's overdue tasks, and (if new work is e-mailed as a
 * digest) each team member's unassigned tasks. Each node of a cluster runs the schedule; the
 * digest of one person and day (or digest time) is queued once, by whichever node comes first.
 */
@Component
class Digests {

  private static final Logger LOG = LoggerFactory.getLogger(Digests.class);

  private final NotificationSwitch notifications;
  private final NotificationProperties properties;
  private final TaskService tasks;
  private final ElevatedAccess elevated;
  private final Recipients recipients;
  private final WorkItems workItems;
  private final Outbox outbox;

  Digests(NotificationSwitch notifications, NotificationProperties properties, TaskService tasks,
      ElevatedAccess elevated, Recipients recipients, WorkItems workItems, Outbox outbox) {
    this.notifications = notifications;
    this.properties = properties;
    this.tasks = tasks;
    this.elevated = elevated;
    this.recipients = recipients;
    this.workItems = workItems;
    this.outbox = outbox;
  }

  @Scheduled(cron = "${sales-cycle.notifications.overdue-digest-cron}",
      zone = "${sales-cycle.notifications.zone}")
  void overdueTasks() {
    if (!notifications.on()) {
      return;
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    LocalDate day = LocalDate.ofInstant(now, properties.zone());
    List<Task> overdue = elevated.read(() -> tasks.createTaskQuery().active().taskAssigned()
        .dueBefore(Date.from(now)).orderByDueDate().asc().list());
    Map<String, List<Task>> byAssignee = new LinkedHashMap<>();
    overdue.forEach(task ->
        byAssignee.computeIfAbsent(task.getAssignee(), assignee -> new ArrayList<>()).add(task));
    int queued = 0;
    for (var assignee : byAssignee.entrySet()) {
      var person = recipients.user(assignee.getKey());
      if (person.isPresent() && outbox.addOnce(NotificationTexts.overdueDigest(
          "overdue:%s:%s".formatted(assignee.getKey(), day), person.get(),
          items(assignee.getValue())), now)) {
        queued++;
      }
    }
    LOG.info("Overdue digest of {}: {} task(s) of {} user(s), {} e-mail(s) queued by this node",
        day, overdue.size(), byAssignee.size(), queued);
  }

  @Scheduled(cron = "${sales-cycle.notifications.new-work-digest-cron}",
      zone = "${sales-cycle.notifications.zone}")
  void unassignedWork() {
    if (!notifications.on() || properties.newWork() != NotificationProperties.NewWork.DIGEST) {
      return;
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    LocalDateTime digestTime =
        LocalDateTime.ofInstant(now, properties.zone()).truncatedTo(ChronoUnit.MINUTES);
    List<Task> unassigned = elevated.read(() -> tasks.createTaskQuery().active().taskUnassigned()
        .withCandidateGroups().orderByTaskCreateTime().asc().list());
    Map<String, Person> members = new LinkedHashMap<>();
    Map<String, List<Task>> byMember = new LinkedHashMap<>();
    for (Task task : unassigned) {
      for (String group : groupsOf(task)) {
        for (Person member : recipients.membersOf(group)) {
          members.putIfAbsent(member.userId(), member);
          List<Task> theirs = byMember.computeIfAbsent(member.userId(), id -> new ArrayList<>());
          if (!theirs.contains(task)) {
            theirs.add(task);
          }
        }
      }
    }
    int queued = 0;
    for (var member : byMember.entrySet()) {
      if (outbox.addOnce(NotificationTexts.newWorkDigest(
          "new-work:%s:%s".formatted(member.getKey(), digestTime),
          members.get(member.getKey()), items(member.getValue())), now)) {
        queued++;
      }
    }
    LOG.info("Unassigned work digest: {} task(s) for {} user(s), {} e-mail(s) queued by this node",
        unassigned.size(), byMember.size(), queued);
  }

  /** The task's groups, without the managers: their tasks are e-mailed at once. */
  private List<String> groupsOf(Task task) {
    Set<String> groups = new HashSet<>();
    for (IdentityLink link : elevated.read(() -> tasks.getIdentityLinksForTask(task.getId()))) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
          && !SalesGroups.MANAGERS.equals(link.getGroupId())) {
        groups.add(link.getGroupId());
      }
    }
    return groups.stream().sorted().toList();
  }

  private List<WorkItem> items(List<Task> list) {
    return list.stream()
        .sorted(Comparator.comparing(Task::getDueDate,
            Comparator.nullsLast(Comparator.naturalOrder())))
        .map(task -> workItems.of(task.getId(), task.getName(), task.getDueDate(),
            task.getProcessInstanceId()))
        .toList();
  }
}
