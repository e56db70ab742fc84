package org.salescycle.lead;

import java.math.BigDecimal;
import java.time.Instant;

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
}
