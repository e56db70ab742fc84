package org.salescycle.tasklist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.salescycle.identity.Grants;
import org.salescycle.lead.LeadOnTasks;
import org.salescycle.shared.SalesGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters of the sales team, created once (an existing filter of the same name
 * is left as an administrator may have changed it) and shared with the groups that use them. Every
 * filter shows the company, stage and deal value beside each task, most urgent first: the task's
 * own variables ({@link LeadOnTasks}), which reps read with the task.
 */
@Component
@Order(3)
public class SharedTaskFilters implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(SharedTaskFilters.class);
  private static final List<Map<String, String>> SHOWN_VARIABLES = List.of(
      Map.of("name", LeadOnTasks.COMPANY, "label", "Company"),
      Map.of("name", LeadOnTasks.STAGE, "label", "Stage"),
      Map.of("name", LeadOnTasks.VALUE, "label", "Deal value"));
  /** What earlier versions showed: the instance's variables, which only managers may read. */
  private static final List<Map<String, String>> INSTANCE_VARIABLES = List.of(
      Map.of("name", "companyName", "label", "Company"),
      Map.of("name", "stage", "label", "Stage"),
      Map.of("name", "estimatedDealValue", "label", "Deal value"));

  private final FilterService filters;
  private final TaskService tasks;
  private final Grants grants;

  public SharedTaskFilters(FilterService filters, TaskService tasks, Grants grants) {
    this.filters = filters;
    this.tasks = tasks;
    this.grants = grants;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensure("My tasks", "Tasks assigned to me", 1,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
        SalesGroups.REPS, SalesGroups.MANAGERS);
    ensure("Sales reps queue", "Open tasks of the sales reps, claimed or not", 2,
        tasks.createTaskQuery().taskCandidateGroup(SalesGroups.REPS).includeAssignedTasks(),
        SalesGroups.REPS, SalesGroups.MANAGERS);
    ensure("Manager approvals", "Credit reviews and discount approvals", 3,
        tasks.createTaskQuery().taskCandidateGroup(SalesGroups.MANAGERS).includeAssignedTasks(),
        SalesGroups.MANAGERS);
    ensure("Overdue", "Tasks past their due date", 4,
        tasks.createTaskQuery().dueBeforeExpression("${now()}"),
        SalesGroups.REPS, SalesGroups.MANAGERS);
  }

  private void ensure(String name, String description, int position, TaskQuery query,
      String... sharedWith) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      query.orderByTaskPriority().desc().orderByDueDate().asc();
      filter = filters.newTaskFilter(name)
          .setQuery(query)
          .setProperties(Map.of(
              "description", description,
              "priority", position,
              "refresh", true,
              "variables", SHOWN_VARIABLES));
      filters.saveFilter(filter);
      LOG.info("Shared Tasklist filter '{}' created", name);
    } else if (INSTANCE_VARIABLES.equals(filter.getProperties().get("variables"))) {
      Map<String, Object> properties = new HashMap<>(filter.getProperties());
      properties.put("variables", SHOWN_VARIABLES);
      filters.saveFilter(filter.setProperties(properties));
      LOG.info("Shared Tasklist filter '{}' now shows the task's own lead columns", name);
    }
    for (String group : sharedWith) {
      grants.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
