package org.salescycle.engine;

import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * History level {@value #NAME}: everything the engine's {@code full} level records, except one
 * {@code ACT_HI_DETAIL} row (and, for serialized values, one byte array) for every value a process
 * variable has ever had.
 *
 * <p>The latest value of each variable stays in the variable history, what a rep entered in a
 * task form stays in the form-field details, and a lead's stages stay in {@code stage_history}.
 * What goes is the record of every value that the engine, the delegates and the REST API gave a
 * variable: 23 of the 94 rows a new lead wrote, none of which Cockpit, Tasklist or this
 * application reads (see {@code docs/benchmarks.md}, "Variable updates out of the history").
 *
 * <p>The level keeps the id of {@code full} (3), which the engine stores in the database on first
 * start and checks on every start after: a database created with either level runs with the
 * other, so {@code camunda.bpm.history-level: full} brings the rows back at any time.
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
