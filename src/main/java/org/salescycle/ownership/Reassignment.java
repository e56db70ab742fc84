package org.salescycle.ownership;

import java.util.List;

/**
 * What {@code PUT /api/leads/{id}/owner} did: the lead went from one owner to another (from is
 * null when it had none), and with it its open steps for the reps.
 */
public record Reassignment(String leadId, LeadOwner.Person from, LeadOwner.Person to,
    List<ReassignedTask> tasks) {

  /** An open step of the lead, now assigned to the new owner. */
  public record ReassignedTask(String id, String name) {}
}
