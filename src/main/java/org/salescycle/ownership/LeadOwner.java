package org.salescycle.ownership;

import java.util.List;

/**
 * Who owns a lead and to whom a manager may hand it: {@code GET /api/leads/{id}/owner}.
 *
 * @param owner the owning rep, or null while nobody has taken a task of the lead
 * @param reps the sales reps, by name
 */
public record LeadOwner(String leadId, String companyName, Person owner, List<Person> reps) {

  /** A user by id and name. */
  public record Person(String id, String name) {}
}
