package org.salescycle.lookup;

import java.time.Instant;
import org.salescycle.lead.Lead;

/** A lead as a row of the search result. */
public record LeadSummary(String id, String number, String companyName, String contactName, String contactEmail,
    String country, String status, String stage, Instant stageEnteredAt, String owner,
    boolean urgent, Instant createdAt) {

  static LeadSummary of(Lead lead) {
    return new LeadSummary(lead.id(), lead.number(), lead.companyName(), lead.contactName(),
        lead.contactEmail(), lead.country(), LeadStatus.of(lead).name(), lead.stage(),
        lead.stageEnteredAt(), lead.owner(), lead.urgent(), lead.createdAt());
  }
}
