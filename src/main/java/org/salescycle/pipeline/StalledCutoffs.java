package org.salescycle.pipeline;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.salescycle.stage.Stage;

/**
 * When a lead's last activity must have been for it to count as stalled at {@code asOf}, per
 * stage, as SQL: {@code last_activity_at < (the expression)} holds for a stalled lead. Stages
 * that never stall get no cutoff, so the comparison is unknown and the lead is not counted.
 */
record StalledCutoffs(String expression, List<Object> parameters) {

  static StalledCutoffs at(Instant asOf, PipelineProperties properties) {
    if (properties.stalledAfter().isEmpty()) {
      return new StalledCutoffs("cast(null as timestamp)", List.of());
    }
    StringBuilder expression = new StringBuilder("case stage");
    List<Object> parameters = new ArrayList<>();
    for (Map.Entry<Stage, Duration> allowed : properties.stalledAfter().entrySet()) {
      expression.append(" when ? then cast(? as timestamp)");
      parameters.add(allowed.getKey().name());
      parameters.add(Timestamp.from(asOf.minus(allowed.getValue())));
    }
    return new StalledCutoffs(expression.append(" end").toString(), List.copyOf(parameters));
  }
}
