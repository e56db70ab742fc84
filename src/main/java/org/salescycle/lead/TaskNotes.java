package org.salescycle.lead;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.salescycle.shared.Caller;
import org.salescycle.shared.InvalidField;
import org.springframework.stereotype.Component;

/**
 * Runs first when any task of a lead completes: each note written in the task's form
 * ({@link NoteFields}) becomes a note of the lead, by whoever completes the task (else its
 * assignee), and leaves the process in the same transaction, before any row of it is written. So
 * do contact details sent with the answers: they belong to the lead row ({@link ContactFields}).
 * The task's own listeners, which run after this one, still read its notes: each stays on the task
 * as a transient variable, which is never stored (e.g. "Record demo outcome" requires feedback).
 */
@Component
public class TaskNotes {

  private final LeadRepository leads;
  private final LeadNotes notes;

  public TaskNotes(LeadRepository leads, LeadNotes notes) {
    this.leads = leads;
    this.notes = notes;
  }

  void takeFrom(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    if (execution == null) {
      return;
    }
    Map<String, String> written = written(task);
    if (!written.isEmpty()) {
      Optional<Lead> lead = leads.findByProcessInstance(task.getProcessInstanceId());
      if (lead.isEmpty()) {
        return; // not a lead's task: its variables are its process's own
      }
      String user = Caller.userIdOf(execution);
      String author = user != null ? user : task.getAssignee();
      written.forEach((field, text) -> notes.add(lead.get().id(), new LeadNote(
          ClockUtil.getCurrentTime().toInstant(), task.getName(), field, author, text)));
    }
    for (String name : NoteFields.NAMES) {
      task.removeVariableLocal(name);
      execution.removeVariable(name);
    }
    written.forEach((field, text) ->
        task.setVariableLocal(field, Variables.stringValue(text, true)));
    ContactFields.NAMES.forEach(execution::removeVariable);
  }

  /** The task's notes that are not blank; refuses the completion if one is too long. */
  private static Map<String, String> written(DelegateTask task) {
    Map<String, String> written = new LinkedHashMap<>();
    List<InvalidField> tooLong = new ArrayList<>();
    for (String field : NoteFields.NAMES) {
      Object value = task.getVariable(field);
      String text = value == null ? "" : value.toString().strip();
      if (text.length() > NoteFields.MAX_LENGTH) {
        tooLong.add(new InvalidField(field,
            "must be at most " + NoteFields.MAX_LENGTH + " characters"));
      } else if (!text.isEmpty()) {
        written.put(field, text);
      }
    }
    if (!tooLong.isEmpty()) {
      throw new InvalidLeadException(tooLong);
    }
    return written;
  }
}
