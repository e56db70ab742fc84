package org.salescycle.lead;

/**
 * A request that does not fit the lead's state (an event it is not waiting for, a second lead with
 * an open lead's e-mail); answered with 409 and, where there is one, the lead it is about.
 */
public class LeadConflictException extends RuntimeException {

  private final String leadId;

  public LeadConflictException(String message, String leadId) {
    super(message);
    this.leadId = leadId;
  }

  public String leadId() {
    return leadId;
  }
}
