package org.salescycle.stage;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/**
 * One thing that happened to a lead, as its timeline lists them: a stage it entered
 * ({@code "type": "STAGE"}, {@link StageHistoryEntry}), a change of its owner
 * ({@code "type": "OWNER"}), a note written in a task's form ({@code "type": "NOTE"}) or the
 * figures it gave after nurture ({@code "type": "FIGURES"}). Each kind names its type with
 * {@code @JsonTypeName}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
public interface TimelineEntry {

  /** When it happened. */
  @JsonIgnore
  Instant happenedAt();
}
