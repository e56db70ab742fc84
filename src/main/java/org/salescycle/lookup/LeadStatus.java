package org.salescycle.lookup;

import org.salescycle.lead.Lead;

/** OPEN while the lead's sales cycle runs, CLOSED once it has ended (won, lost or otherwise). */
public enum LeadStatus {
  OPEN,
  CLOSED;

  static LeadStatus of(Lead lead) {
    return lead.open() ? OPEN : CLOSED;
  }
}
