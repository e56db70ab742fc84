package org.salescycle.lead;

import java.math.BigDecimal;
import java.time.Instant;
import org.salescycle.shared.Caller;

/**
 * A row of the lead table: who the lead is and where it stands.
 *
 * @param id the lead's id in the API and the process (a UUID)
 * @param number the number people use, e.g. L-2026-00042; null for leads stored before numbers
 */
public record Lead(
    String id,
    String number,
    String companyName,
    String contactName,
    String contactEmail,
    String companyDomain,
    String phone,
    String country,
    String source,
    String processInstanceId,
    String stage,
    Instant stageEnteredAt,
    String owner,
    boolean urgent,
    Instant createdAt,
    String createdBy,
    Instant closedAt,
    BigDecimal dealValue,
    Instant lastActivityAt) {

  public boolean open() {
    return closedAt == null;
  }

  /**
   * Whether the caller may see and act on this lead: administrators and managers every lead, a rep
   * the leads she owns and those nobody owns yet, a lead source the leads it sent.
   */
  public boolean isVisibleTo(Caller caller) {
    return caller.seesAllLeads()
        || (caller.isRep() && (owner == null || owner.equals(caller.userId())))
        || (caller.isLeadSource() && caller.userId().equals(createdBy));
  }
}
