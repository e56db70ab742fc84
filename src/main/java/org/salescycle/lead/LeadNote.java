package org.salescycle.lead;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import org.salescycle.stage.TimelineEntry;

/**
 * A note someone wrote on the lead in a task's form: in which task ({@code taskName}) and form
 * field ({@code field}, one of the {@link NoteFields}), by whom and when.
 */
@JsonTypeName("NOTE")
public record LeadNote(Instant at, String taskName, String field, String author, String text)
    implements TimelineEntry {

  @Override
  public Instant happenedAt() {
    return at;
  }
}
