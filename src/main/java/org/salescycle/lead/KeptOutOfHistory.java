package org.salescycle.lead;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps a fixed set of names out of the engine's history, whatever the history level: no variable
 * of these names (process or task-local, on any path) gets a row in ACT_HI_VARINST or
 * ACT_HI_DETAIL, and no form answer of these names a form-field row. History is kept for a year;
 * contact details and notes belong to the lead's tables, which the lead's owner can correct.
 * Everything else the engine records as before.
 */
@Component
class KeptOutOfHistory extends AbstractProcessEnginePlugin {

  /**
   * Contact details, notes, and a correction of a lead's data (its fields and reason are kept in
   * lead_correction; it names the contact).
   */
  static final Set<String> NAMES = Set.copyOf(Stream.of(ContactFields.NAMES, NoteFields.NAMES,
      List.of(CorrectLeadData.CORRECTION)).flatMap(List::stream).toList());

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new Filter(configuration.getHistoryEventHandler()));
  }

  static boolean kept(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      return !NAMES.contains(variable.getVariableName());
    }
    if (event instanceof HistoricFormPropertyEventEntity formField) {
      return !NAMES.contains(formField.getPropertyId());
    }
    return true;
  }

  private record Filter(HistoryEventHandler next) implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (kept(event)) {
        next.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      next.handleEvents(events.stream().filter(KeptOutOfHistory::kept).toList());
    }
  }
}
