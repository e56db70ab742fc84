package org.salescycle.lead;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import org.salescycle.stage.TimelineEntry;

/**
 * A lead got an owner ({@code from} is null: the first rep who took one of its tasks) or was
 * reassigned by {@code by}.
 */
@JsonTypeName("OWNER")
public record OwnerChange(Instant at, String by, String from, String to) implements TimelineEntry {

  @Override
  public Instant happenedAt() {
    return at;
  }
}
