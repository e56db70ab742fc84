package org.salescycle.lead;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At startup, takes out of the engine what instances started before contact details and notes
 * lived in the lead's tables still hold there ({@link KeptOutOfHistory#NAMES}), running and
 * finished alike: a contact detail fills the lead row where it has none, a note becomes a note of
 * the lead unless the lead has that text in that field already, and then the variables, their
 * history and the form-field rows go. A running lead's open tasks get the contact to show
 * ({@link LeadOnTasks}). Idempotent: once done, it finds nothing and says nothing. One transaction
 * per instance; an instance without a lead row keeps them all until the pipeline rebuild restores
 * its row.
 */
@Component
public class EngineDataMove implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(EngineDataMove.class);

  private final RuntimeService runtime;
  private final HistoryService history;
  private final TaskService tasks;
  private final LeadRepository leads;
  private final LeadNotes notes;
  private final LeadOnTasks leadOnTasks;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final ManagementService management;

  public EngineDataMove(RuntimeService runtime, HistoryService history, TaskService tasks,
      LeadRepository leads, LeadNotes notes, LeadOnTasks leadOnTasks, JdbcTemplate jdbc,
      TransactionTemplate transaction, ManagementService management) {
    this.runtime = runtime;
    this.history = history;
    this.tasks = tasks;
    this.leads = leads;
    this.notes = notes;
    this.leadOnTasks = leadOnTasks;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.management = management;
  }

  /** What one run moved and deleted. */
  public record Result(int instances, int contactsFilled, int notesMoved, int variablesDeleted,
      int historyRowsDeleted, int instancesWithoutLead) {

    Result plus(Result other) {
      return new Result(instances + other.instances, contactsFilled + other.contactsFilled,
          notesMoved + other.notesMoved, variablesDeleted + other.variablesDeleted,
          historyRowsDeleted + other.historyRowsDeleted,
          instancesWithoutLead + other.instancesWithoutLead);
    }
  }

  /** A value found under one of the names, in a running variable, its history or a form. */
  private record Found(String name, Object value, Instant at, String taskId, Runnable delete) {}

  @Override
  public void run(ApplicationArguments args) {
    Result result = run();
    if (result.instances() > 0) {
      LOG.info("Moved contact details and notes of {} instances out of the engine: {} lead rows "
              + "got contact details, {} notes moved to the leads, {} variables and {} history "
              + "rows deleted; {} instances without a lead row keep them until the pipeline is "
              + "rebuilt", result.instances(), result.contactsFilled(), result.notesMoved(),
          result.variablesDeleted(), result.historyRowsDeleted(), result.instancesWithoutLead());
    }
  }

  public Result run() {
    String[] names = KeptOutOfHistory.NAMES.toArray(String[]::new);
    Map<String, List<Found>> byInstance = new LinkedHashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .variableNameIn(names).includeDeleted().list()) {
      byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new ArrayList<>())
          .add(new Found(variable.getName(), variable.getValue(), instant(variable.getCreateTime()),
              variable.getTaskId(), () -> history.deleteHistoricVariableInstance(variable.getId())));
    }
    String details = management.getTableName(HistoricDetail.class);
    for (Map<String, Object> row : jdbc.queryForList("select ID_, PROC_INST_ID_, TASK_ID_, NAME_, "
        + "TEXT_, TIME_ from " + details + " where TYPE_ = 'FormProperty' and NAME_ in ("
        + String.join(", ", Collections.nCopies(names.length, "?")) + ")",
        (Object[]) names)) {
      Object id = row.get("ID_");
      byInstance.computeIfAbsent((String) row.get("PROC_INST_ID_"), key -> new ArrayList<>())
          .add(new Found((String) row.get("NAME_"), row.get("TEXT_"),
              instant((Date) row.get("TIME_")), (String) row.get("TASK_ID_"),
              () -> jdbc.update("delete from " + details + " where ID_ = ?", id)));
    }
    for (VariableInstance variable : runtime.createVariableInstanceQuery().variableNameIn(names)
        .list()) {
      boolean contactShownOnTask = variable.getTaskId() != null
          && ContactFields.NAMES.contains(variable.getName());
      if (!contactShownOnTask) {
        byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new ArrayList<>())
            .add(new Found(variable.getName(), variable.getValue(), null, variable.getTaskId(),
                () -> remove(variable)));
      }
    }
    Result total = new Result(0, 0, 0, 0, 0, 0);
    for (Map.Entry<String, List<Found>> instance : byInstance.entrySet()) {
      if (instance.getKey() == null) {
        continue;
      }
      try {
        total = total.plus(transaction.execute(status ->
            move(instance.getKey(), instance.getValue())));
      } catch (RuntimeException failed) {
        // e.g. another node of a cluster moved it at the same time: the next start looks again
        LOG.warn("Could not move the contact details and notes of instance {} out of the "
            + "engine: {}", instance.getKey(), failed.toString());
      }
    }
    return total;
  }

  private Result move(String processInstanceId, List<Found> found) {
    Optional<Lead> lead = leads.findByProcessInstance(processInstanceId);
    if (lead.isEmpty()) {
      return new Result(1, 0, 0, 0, 0, 1);
    }
    int filled = fillContact(lead.get(), found);
    int moved = moveNotes(lead.get(), processInstanceId, found);
    int variables = 0;
    int rows = 0;
    boolean contactRemoved = false;
    for (Found value : found) {
      value.delete().run();
      if (value.at() == null) {
        variables++;
        contactRemoved |= ContactFields.NAMES.contains(value.name());
      } else {
        rows++;
      }
    }
    if (contactRemoved) {
      Lead current = leads.find(lead.get().id()).orElseThrow();
      tasks.createTaskQuery().processInstanceId(processInstanceId).list().forEach(task ->
          tasks.setVariablesLocal(task.getId(), leadOnTasks.words(current)));
    }
    return new Result(1, filled, moved, variables, rows, 0);
  }

  /** The contact columns the lead row has no value in, from the values found; 1 if any. */
  private int fillContact(Lead lead, List<Found> found) {
    Map<String, String> columns = Map.of(LeadVariables.CONTACT_NAME, "contact_name",
        LeadVariables.CONTACT_EMAIL, "contact_email", LeadVariables.PHONE, "phone");
    int updated = 0;
    for (Found value : found) {
      String column = columns.get(value.name());
      if (column != null && value.value() != null && !value.value().toString().isBlank()) {
        updated += jdbc.update("update sales_lead set %1$s = ? where id = ? and %1$s is null"
            .formatted(column), value.value().toString().trim(), lead.id());
      }
    }
    return updated > 0 ? 1 : 0;
  }

  /**
   * Each note text once per field: the task it was written in is the form's, else the task of the
   * instance that ended closest to when the variable was written.
   */
  private int moveNotes(Lead lead, String processInstanceId, List<Found> found) {
    List<HistoricTaskInstance> ended = history.createHistoricTaskInstanceQuery()
        .processInstanceId(processInstanceId).finished().list();
    int moved = 0;
    List<Found> notesFirstFromForms = found.stream()
        .filter(value -> NoteFields.NAMES.contains(value.name()) && value.value() != null
            && !value.value().toString().isBlank())
        .sorted(Comparator.comparing((Found value) -> value.taskId() == null)).toList();
    for (Found note : notesFirstFromForms) {
      String text = note.value().toString().strip();
      if (notes.has(lead.id(), note.name(), text)) {
        continue;
      }
      Instant at = note.at() != null ? note.at() : ClockUtil.getCurrentTime().toInstant();
      Optional<HistoricTaskInstance> task = note.taskId() != null
          ? ended.stream().filter(candidate -> candidate.getId().equals(note.taskId())).findFirst()
          : ended.stream().min(Comparator.comparing(candidate ->
              Math.abs(candidate.getEndTime().toInstant().toEpochMilli() - at.toEpochMilli())));
      notes.add(lead.id(), new LeadNote(
          task.map(HistoricTaskInstance::getEndTime).map(Date::toInstant).orElse(at),
          task.map(HistoricTaskInstance::getName).orElse(null), note.name(),
          task.map(HistoricTaskInstance::getAssignee).orElse(null), text));
      moved++;
    }
    return moved;
  }

  private void remove(VariableInstance variable) {
    if (variable.getTaskId() != null) {
      tasks.removeVariableLocal(variable.getTaskId(), variable.getName());
    } else {
      runtime.removeVariableLocal(variable.getExecutionId(), variable.getName());
    }
  }

  private static Instant instant(Date date) {
    return date == null ? Instant.EPOCH : date.toInstant();
  }
}
