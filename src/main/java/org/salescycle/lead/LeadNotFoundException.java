package org.salescycle.lead;

/** No lead with this id, or none the caller may see (which the API does not tell apart). */
public class LeadNotFoundException extends RuntimeException {

  public LeadNotFoundException(String leadId) {
    super("There is no lead " + leadId);
  }
}
