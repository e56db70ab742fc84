package org.salescycle.stage;

import java.time.Instant;

/** One stay of a lead in one stage; {@code leftAt} is null while it is still there. */
public record StageHistoryEntry(
    Stage stage,
    String reason,
    String activityId,
    Instant enteredAt,
    Instant leftAt,
    String enteredBy) {}
