package org.salescycle.stage;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;

/** One stay of a lead in one stage; {@code leftAt} is null while it is still there. */
@JsonTypeName("STAGE")
public record StageHistoryEntry(
    Stage stage,
    String reason,
    String activityId,
    Instant enteredAt,
    Instant leftAt,
    String enteredBy) implements TimelineEntry {

  @Override
  public Instant happenedAt() {
    return enteredAt;
  }
}
