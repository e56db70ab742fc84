package org.salescycle.engine;

import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * History level {@value #NAME}: the engine's {@code full} without the {@code ACT_HI_DETAIL} row
 * (and, for serialized values, the byte array) written for every value a process variable has
 * ever had, because nothing reads them and they are a quarter of a new lead's rows; the switch is
 * {@code camunda.bpm.history-level}, where {@code full} brings the rows back.
 *
 * <p>The latest value of each variable stays in the variable history, what a rep entered in a
 * task form stays in the form-field details, and a lead's stages stay in {@code stage_history}.
 * The level keeps the id of {@code full} (3), which the engine stores in the database on first
 * start and checks on every start after: a database created with either level runs with the
 * other, so the switch can be turned at any time.
 */
final class FullHistoryWithoutVariableUpdates extends AbstractHistoryLevel {

  static final String NAME = "full-without-variable-updates";

  @Override
  public int getId() {
    return HistoryLevel.HISTORY_LEVEL_FULL.getId();
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    return eventType != HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL;
  }
}
