package org.salescycle.lookup;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.salescycle.lead.Lead;
import org.salescycle.stage.TimelineEntry;

/**
 * A lead as {@code GET /api/leads/{id}} shows it: its data, where it stands, what is open, and its
 * timeline: the stages it entered, the changes of its owner, the notes written on it in task
 * forms and the figures it gave after nurture, oldest first.
 */
public record LeadDetails(
    String id,
    String number,
    String companyName,
    String contactName,
    String contactEmail,
    String phone,
    String country,
    String source,
    String status,
    String stage,
    Instant stageEnteredAt,
    String owner,
    boolean urgent,
    Instant createdAt,
    String createdBy,
    Instant closedAt,
    String processInstanceId,
    List<OpenTask> openTasks,
    List<TimelineEntry> timeline) {

  /** A user task of the lead that is waiting for someone. */
  public record OpenTask(String id, String name, String taskKey, String assignee, Date created,
      Date due, int priority) {}

  static LeadDetails of(Lead lead, List<OpenTask> openTasks, List<TimelineEntry> timeline) {
    return new LeadDetails(lead.id(), lead.number(), lead.companyName(), lead.contactName(),
        lead.contactEmail(), lead.phone(), lead.country(), lead.source(),
        LeadStatus.of(lead).name(), lead.stage(),
        lead.stageEnteredAt(), lead.owner(), lead.urgent(), lead.createdAt(), lead.createdBy(),
        lead.closedAt(), lead.processInstanceId(), openTasks, timeline);
  }
}
