package org.salescycle.lead;

/** Lead fields kept only in the lead table, never as process variables. */
public final class LeadFields {

  public static final String PHONE = "phone";
  public static final String SOURCE = "source";

  private LeadFields() {}
}
