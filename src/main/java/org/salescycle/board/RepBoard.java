package org.salescycle.board;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.salescycle.identity.ElevatedAccess;
import org.salescycle.identity.PersonName;
import org.salescycle.lead.Lead;
import org.salescycle.lead.LeadRepository;
import org.salescycle.process.SalesCycleProperties;
import org.salescycle.shared.SalesGroups;
import org.salescycle.stage.Stage;
import org.salescycle.words.Amounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Puts together a rep's board: her open leads from the lead table, per stage, urgent ones first,
 * then the longest in their stage; and for each lead the open task that is hers in Tasklist.
 */
@Component
class RepBoard {

  static final List<Stage> COLUMNS =
      Arrays.stream(Stage.values()).filter(stage -> !stage.isOutcome()).toList();

  /**
   * Her tasks first, then those waiting in her queue; the most pressing of each. The engine
   * decides which tasks are hers: the query runs with her identity, so its task authorizations
   * (assignee, candidate groups) apply as in Tasklist.
   */
  private static final Comparator<Task> MOST_HERS = Comparator
      .comparing((Task task) -> task.getAssignee() == null)
      .thenComparing(Task::getPriority, Comparator.reverseOrder())
      .thenComparing(Task::getCreateTime)
      .thenComparing(Task::getId);

  private final JdbcTemplate jdbc;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ElevatedAccess elevated;
  private final Currency currency;

  RepBoard(JdbcTemplate jdbc, TaskService tasks, IdentityService identity,
      ElevatedAccess elevated, SalesCycleProperties properties) {
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.identity = identity;
    this.elevated = elevated;
    this.currency = Currency.getInstance(properties.currency());
  }

  Optional<User> user(String userId) {
    return Optional.ofNullable(elevated.read(() ->
        identity.createUserQuery().userId(userId).singleResult()));
  }

  /** The sales reps by name, for managers to choose from. */
  List<Board.Rep> reps() {
    return elevated.read(() -> identity.createUserQuery().memberOfGroup(SalesGroups.REPS)
            .orderByUserLastName().asc().orderByUserFirstName().asc().list())
        .stream().map(user -> new Board.Rep(user.getId(), PersonName.of(user))).toList();
  }

  Board of(User rep, Instant asOf, List<Board.Rep> reps) {
    List<Lead> leads = jdbc.query("select " + LeadRepository.COLUMNS + " from sales_lead"
            + " where closed_at is null and stage is not null and owner = ?"
            + " order by urgent desc, stage_entered_at asc, id",
        LeadRepository.LEAD, rep.getId());
    Map<String, Task> taskByInstance = tasksOf(rep.getId(), leads);
    List<Board.Column> columns = new ArrayList<>();
    for (Stage stage : COLUMNS) {
      List<Board.Card> cards = leads.stream()
          .filter(lead -> stage.name().equals(lead.stage()))
          .map(lead -> card(lead, taskByInstance.get(lead.processInstanceId()), asOf))
          .toList();
      BigDecimal total = cards.stream().map(Board.Card::dealValue).filter(Objects::nonNull)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      columns.add(new Board.Column(stage.name(), stage.label(), cards.size(),
          Amounts.format(total, currency), cards));
    }
    return new Board(rep.getId(), PersonName.of(rep), asOf, columns, reps);
  }

  private Board.Card card(Lead lead, Task task, Instant asOf) {
    BigDecimal value = lead.dealValue();
    Long days = lead.stageEnteredAt() == null ? null
        : Math.max(0, Duration.between(lead.stageEnteredAt(), asOf).toDays());
    return new Board.Card(lead.id(), lead.companyName(), value,
        value == null ? null : Amounts.format(value, currency), days, lead.urgent(),
        task == null ? null : new Board.CardTask(task.getId(), task.getName()));
  }

  /** The open task of each lead that is the rep's, by process instance. */
  private Map<String, Task> tasksOf(String repId, List<Lead> leads) {
    String[] instances = leads.stream().map(Lead::processInstanceId).filter(Objects::nonNull)
        .toArray(String[]::new);
    Map<String, Task> hers = new HashMap<>();
    if (instances.length == 0) {
      return hers;
    }
    List<String> groups = elevated.read(() -> identity.createGroupQuery().groupMember(repId)
        .list()).stream().map(Group::getId).toList();
    List<Task> open = elevated.readAs(repId, groups, () -> tasks.createTaskQuery()
        .processInstanceIdIn(instances).active().list());
    open.stream()
        .filter(task -> task.getAssignee() == null || repId.equals(task.getAssignee()))
        .sorted(MOST_HERS)
        .forEach(task -> hers.putIfAbsent(task.getProcessInstanceId(), task));
    return hers;
  }
}
