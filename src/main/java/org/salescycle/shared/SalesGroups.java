package org.salescycle.shared;

/**
 * The groups of the sales organisation: reps and managers, as the model's candidate groups name
 * them, and the systems (web forms, CRMs, e-signature tools) that send leads and events.
 */
public final class SalesGroups {

  public static final String REPS = "sales-reps";
  public static final String MANAGERS = "sales-managers";
  public static final String LEAD_SOURCES = "lead-sources";

  private SalesGroups() {}
}
